"""The coordinator's job queue (SQLite) and the agents' last-run marks (dbm)."""
import gzip
import shutil

import pytest

from buildyard import jobs

pytestmark = pytest.mark.chaos


@pytest.fixture
def queue(tmp_path):
    connection = jobs.open_queue(str(tmp_path / "queue.sqlite"))
    yield connection
    connection.close()


def test_enqueue_and_count(queue):
    jobs.enqueue(queue, "default", "lint")
    jobs.enqueue(queue, "default", "test")
    assert queue.execute("SELECT count(*) FROM jobs").fetchone()[0] == 2


def test_claim_next_job(queue):
    first = jobs.enqueue(queue, "default", "lint")
    assert jobs.claim(queue, "agent-1") == first


def test_steps_of_job(queue):
    job = jobs.enqueue(queue, "default", "lint")
    assert jobs.steps_of(queue, job) == []


def test_set_states(queue):
    lint = jobs.enqueue(queue, "default", "lint")
    test = jobs.enqueue(queue, "default", "test")
    jobs.set_states(queue, {lint: "passed", test: "failed"})
    assert queue.execute("SELECT state FROM jobs ORDER BY id").fetchall() == [("passed",), ("failed",)]


def test_enqueue_manual_job(queue):
    assert jobs.enqueue_with_state(queue, "release", "publish") > 0


def test_restore_from_nightly_backup(queue, tmp_path):
    jobs.enqueue(queue, "default", "lint")
    queue.commit()
    backup = tmp_path / "queue.sqlite.gz"
    with open(tmp_path / "queue.sqlite", "rb") as source, gzip.open(backup, "wb") as target:
        shutil.copyfileobj(source, target)
    assert jobs.restore(backup, tmp_path / "restored.sqlite") == 1


def test_last_run_marks(tmp_path):
    marks = jobs.open_runs(tmp_path / "last-runs")
    marks[b"agent-1"] = b"41"
    assert marks[b"agent-1"] == b"41"
