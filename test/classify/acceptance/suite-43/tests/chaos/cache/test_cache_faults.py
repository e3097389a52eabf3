import pytest

from roomwise import availability
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


def redis_peer(answer, evicted=()):
    """A RESP peer: PING answers PONG, GET of an evicted key nil, every other command `answer`."""
    def handler(conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            if not line.startswith(b"*"):
                continue
            parts = [reader.readline() for _ in range(2 * int(line[1:]))]
            command = parts[1].strip().upper()
            if command == b"PING":
                conn.sendall(b"+PONG\r\n")
            elif command == b"GET" and parts[3].strip().decode() in evicted:
                conn.sendall(b"$-1\r\n")
            else:
                conn.sendall(answer)
    return handler


def test_free_rooms_redis_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+PONG\r\n"}, stall_after=0))
    availability.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)


def test_free_rooms_while_redis_loads(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    availability.connect(f"redis://127.0.0.1:{stub.port}/0")


def test_free_rooms_when_redis_full(tcp_stub):
    stub = tcp_stub(redis_peer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    client = availability.connect(f"redis://127.0.0.1:{stub.port}/0")
    availability.put_free(client, "LON", "2026-12-24", ["101", "102"])


def test_free_rooms_after_failover(tcp_stub):
    stub = tcp_stub(redis_peer(b"-READONLY You can't write against a read only replica.\r\n"))
    client = availability.connect(f"redis://127.0.0.1:{stub.port}/0")
    availability.put_free(client, "EDI", "2026-12-24", ["201"])


def test_free_count_after_eviction(tcp_stub):
    stub = tcp_stub(redis_peer(b"+OK\r\n", evicted=("free:LON:2026-12-24",)))
    client = availability.connect(f"redis://127.0.0.1:{stub.port}/0")
    availability.put_free(client, "LON", "2026-12-24", ["101", "102"])
    assert availability.free_count(client, "LON", "2026-12-24") == 2


def test_rate_plans_cached(tcp_stub):
    stub = tcp_stub(redis_peer(b"+OK\r\n"))
    client = availability.connect(f"redis://127.0.0.1:{stub.port}/0")
    availability.put_rates(client, availability.Rates("LON", {"flex": 140, "saver": 110}))


_resets = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_free_rooms_during_failover(tcp_stub):
    _resets["count"] += 1
    if _resets["count"] == 1:
        stub = tcp_stub(lambda conn: conn.recv(1024))
    else:
        stub = tcp_stub(redis_peer(b"+OK\r\n"))
    client = availability.connect(f"redis://127.0.0.1:{stub.port}/0")
    availability.put_free(client, "LON", "2026-12-25", ["103"])
