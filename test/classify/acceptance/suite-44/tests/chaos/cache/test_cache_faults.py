import pytest

from baywarden import occupancy
from tests.conftest import redis_peer

pytestmark = pytest.mark.chaos


def test_free_when_redis_full(tcp_stub):
    stub = tcp_stub(redis_peer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    client = occupancy.connect(f"redis://127.0.0.1:{stub.port}/0")
    occupancy.put_free(client, "NORTH", {"1": 40})


def test_free_redis_stalls(tcp_stub):
    def stalled(conn):
        conn.recv(1024)
        conn.sendall(b"+PONG\r\n")
        conn.recv(1024)
        conn.recv(1024)
    stub = tcp_stub(stalled)
    client = occupancy.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert occupancy.free(client, "NORTH") is not None


def test_free_from_stale_replica(tcp_stub):
    stub = tcp_stub(redis_peer(
        b"-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.\r\n"))
    client = occupancy.connect(f"redis://127.0.0.1:{stub.port}/0")
    assert occupancy.free(client, "QUAY") is not None


def test_level_signs_subscribe(tcp_stub):
    stub = tcp_stub(redis_peer(b"*3\r\n$9\r\nsubscribe\r\n$12\r\nlevels:NORTH\r\n:1\r\n"))
    client = occupancy.signs_pool(f"redis://127.0.0.1:{stub.port}/0")
    assert len(occupancy.subscribe_signs(client, ["NORTH", "QUAY", "DOCKS", "MILL"])) == 4


def test_tariff_change_seen():
    assert occupancy.hourly_cents("day") == 1800
    occupancy.set_tariff("day", 1950)
    assert occupancy.hourly_cents("day") == 1950


_drops = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_free_during_failover(tcp_stub):
    _drops["count"] += 1
    if _drops["count"] == 1:
        stub = tcp_stub(lambda conn: conn.recv(1024))
    else:
        stub = tcp_stub(redis_peer(b"+OK\r\n"))
    client = occupancy.connect(f"redis://127.0.0.1:{stub.port}/0")
    occupancy.put_free(client, "DOCKS", {"1": 9})
