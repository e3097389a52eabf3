import socket
import threading

import pytest

from snowgate import cache, jobs

pytestmark = pytest.mark.chaos


@pytest.fixture
def stalled_redis():
    """A Redis stand-in that takes the connection and never answers (a server stuck in a save)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield "redis://127.0.0.1:%d/0" % listener.getsockname()[1]
    listener.close()
    for conn in held:
        conn.close()


def test_remember_and_read_pass():
    r = cache.client()
    cache.remember_pass(r, "SG-2026-00031", {"holder": "Kari", "days": 3})
    assert cache.cached_pass(r, "SG-2026-00031")["days"] == 3


def test_count_gate_entries():
    r = cache.client()
    assert cache.count_entry(r, 7) >= 1


def test_schedule_card_print():
    job = jobs.schedule_card_print("SG-2026-00032")
    assert job.get_status() == "queued"


def test_cache_when_redis_stalls(stalled_redis):
    r = cache.client(stalled_redis)
    assert cache.cached_pass(r, "SG-2026-00033") is None
