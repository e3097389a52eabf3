import time

import pytest

from deskhive import rooms
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    conn = rooms.client()
    conn.ping()
    yield rooms.RoomCache(conn)
    conn.close()


def test_put_and_get(cache):
    cache.put("orchid", "2026-12-07", ["09:00", "10:00"])
    assert cache.get("orchid", "2026-12-07") == ["09:00", "10:00"]


def test_missing_day(cache):
    assert cache.get("orchid", "2026-12-31") is None


def test_overwrite(cache):
    cache.put("fern", "2026-12-07", ["09:00"])
    cache.put("fern", "2026-12-07", [])
    assert cache.get("fern", "2026-12-07") == []


def test_expiry_set(cache):
    cache.put("fern", "2026-12-08", ["11:00"], ttl=60)
    assert 0 < cache.ttl("fern", "2026-12-08") <= 60


def test_drop(cache):
    cache.put("moss", "2026-12-07", ["12:00"])
    cache.drop("moss", "2026-12-07")
    assert cache.get("moss", "2026-12-07") is None


def test_cache_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+OK\r\n"}, stall_after=0))
    cache = rooms.RoomCache(rooms.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5))
    assert cache.get("orchid", "2026-12-07") is None


def test_cache_loading(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    cache = rooms.RoomCache(rooms.client(f"redis://127.0.0.1:{stub.port}/0"))
    assert cache.get("orchid", "2026-12-07") is None


def test_cache_out_of_memory(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"}))
    cache = rooms.RoomCache(rooms.client(f"redis://127.0.0.1:{stub.port}/0"))
    cache.put("orchid", "2026-12-07", ["09:00"])


def test_hours_follow_change():
    assert rooms.opening_hours("leith") == (8, 20)
    rooms.set_opening_hours("leith", 7, 21)
    assert rooms.opening_hours("leith") == (7, 21)


def test_room_ttl_expires(tcp_stub):
    store = {}
    expires = {}

    def fake(conn):
        reader = conn.makefile("rb")
        while True:
            head = reader.readline()
            if not head:
                return
            parts = [reader.readline() and reader.readline().strip() for _ in range(int(head[1:]))]
            command = parts[0].upper()
            if command == b"SET":
                store[parts[1]] = parts[2]
                expires[parts[1]] = time.monotonic() + int(parts[4])
                conn.sendall(b"+OK\r\n")
            elif command == b"GET":
                value = store.get(parts[1]) if time.monotonic() < expires.get(parts[1], 0) else None
                conn.sendall(b"$-1\r\n" if value is None else b"$%d\r\n%s\r\n" % (len(value), value))
            else:
                conn.sendall(b"+OK\r\n")
    stub = tcp_stub(fake)
    cache = rooms.RoomCache(rooms.client(f"redis://127.0.0.1:{stub.port}/0"))
    cache.put("orchid", "2026-12-09", ["09:00"], ttl=2)
    time.sleep(1)
    assert cache.get("orchid", "2026-12-09") is None
