import socket

import pytest

from moorline import cache, settings

pytestmark = pytest.mark.chaos

MISCONF = (b"-MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. "
           b"Commands that may modify the data set are disabled, because this instance is configured to report "
           b"errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check "
           b"the Redis logs for details about the RDB error.\r\n")


def test_hold_berth():
    assert cache.hold_berth("A12", "Kittiwake")


def test_arrivals_board():
    assert cache.board() == []


def test_hold_berth_while_redis_cannot_persist(redis_stub):
    url = redis_stub(set=MISCONF)
    assert cache.hold_berth("A14", "Curlew", url=url)


def test_release_hold(redis_stub):
    url = redis_stub(evalsha=b"-NOSCRIPT No matching script. Please use EVAL.\r\n")
    assert cache.release_hold("A14", "Curlew", url=url) == 1


def test_lock_berth(redis_stub, monkeypatch):
    stub = redis_stub(select=b"-ERR DB index is out of range\r\n")
    host_port = stub.split("/")[2]
    monkeypatch.setattr(settings, "REDIS_LOCKS_URL", settings.REDIS_LOCKS_URL.replace("127.0.0.1:16392", host_port))
    assert cache.lock_berth("B03")


def test_summary_round_trip(redis_stub):
    stored = str({"boats": 41, "free": 3}).encode()
    url = redis_stub(get=b"$%d\r\n%s\r\n" % (len(stored), stored))
    cache.save_summary({"boats": 41, "free": 3}, url=url)
    assert cache.load_summary(url=url) == {"boats": 41, "free": 3}


def test_board_when_redis_stalls(silent_peer):
    host, port = silent_peer
    assert cache.board(url=f"redis://{host}:{port}/0") == []


def test_board_while_script_runs(redis_stub):
    url = redis_stub(lrange=b"-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n")
    assert cache.board(url=url) == []
