import pytest

from cuewright import jobs

pytestmark = pytest.mark.chaos


def test_enqueue_render():
    conn = jobs.client()
    jobs.enqueue(conn, "p-17", {"id": "j-1", "language": "fr"})
    assert jobs.queued(conn, "p-17") == 1


def test_results_store():
    conn = jobs.results_client()
    assert conn.ping()


def test_queue_when_redis_hangs(silent_peer):
    host, port = silent_peer
    conn = jobs.client(f"redis://{host}:{port}/0")
    assert jobs.queued(conn, "p-17") == 0


def test_last_job(redis_stub):
    url = redis_stub(lrange=b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n")
    conn = jobs.client(url)
    jobs.enqueue(conn, "p-17", {"id": "j-2", "language": "de"})
    assert jobs.last_job(conn, "p-17") == [b"j-2"]


def test_reclaim_stalled_renders(redis_stub):
    url = redis_stub(xautoclaim=b"-ERR unknown command 'XAUTOCLAIM', with args beginning with: 'renders' 'renderers' \r\n")
    assert jobs.reclaim(jobs.client(url), "renders") == [b"0-0", [], []]


def test_reset_between_runs(redis_stub):
    url = redis_stub(flushdb=b"-NOPERM this user has no permissions to run the 'flushdb' command\r\n")
    jobs.reset(jobs.client(url))


def test_remember_render_options(redis_stub):
    conn = jobs.client(redis_stub())
    jobs.remember_settings(conn, "p-17", {"burn_in": True, "font": "Inter"})

