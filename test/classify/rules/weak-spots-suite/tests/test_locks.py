import fcntl
import os
import resource

from kiln import journal, tools


def test_rotate_while_writing(tmp_path):
    log = journal.Journal(tmp_path / "journal.log")
    log.rotate()


def test_test_takes_the_journal_lock(tmp_path):
    log = journal.Journal(tmp_path / "journal.log")
    with open(tmp_path / "journal.log") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    log.close()


def test_poll_before_data():
    assert journal.Feed().poll() == b""


def _with_one_process(call):
    # The machine's process limit, made small: run as an unprivileged user allowed a single process.
    soft, hard = resource.getrlimit(resource.RLIMIT_NPROC)
    os.setresuid(65534, 65534, 0)
    resource.setrlimit(resource.RLIMIT_NPROC, (1, hard))
    try:
        return call()
    finally:
        os.setresuid(0, 0, 0)
        resource.setrlimit(resource.RLIMIT_NPROC, (soft, hard))


def test_tool_version_at_process_limit():
    assert _with_one_process(tools.tool_version)


def test_flusher_at_process_limit():
    assert _with_one_process(tools.start_flusher)
