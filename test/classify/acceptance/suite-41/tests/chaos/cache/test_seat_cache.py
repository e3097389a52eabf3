import pytest

from reelhouse import seats
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    conn = seats.client()
    conn.ping()
    yield seats.SeatCache(conn)
    conn.close()


def test_put_and_get(cache):
    cache.put("s-1041", ["A1", "A2"])
    assert cache.get("s-1041") == ["A1", "A2"]


def test_missing_screening(cache):
    assert cache.get("s-9999") is None


def test_hold_seat(cache):
    assert cache.hold("s-1041", "C7", "ana")


def test_hold_taken(cache):
    cache.hold("s-1041", "C8", "ana")
    assert not cache.hold("s-1041", "C8", "bea")


def test_expiry_set(cache):
    cache.put("s-1042", ["B1"], ttl=60)
    assert 0 < cache.ttl("s-1042") <= 60


def test_cache_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+OK\r\n"}, stall_after=0))
    cache = seats.SeatCache(seats.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5))
    assert cache.get("s-1041") is None


def test_cache_wants_password(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-NOAUTH Authentication required.\r\n"}))
    cache = seats.SeatCache(seats.client(f"redis://127.0.0.1:{stub.port}/0"))
    assert cache.get("s-1041") is None


def test_cache_password_rotated(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-WRONGPASS invalid username-password pair or user is disabled.\r\n"}))
    cache = seats.SeatCache(seats.client(f"redis://127.0.0.1:{stub.port}/0", password="box-office-2026-10"))
    assert cache.get("s-1041") is None


def test_runtime_after_recut():
    assert seats.runtime("dune-2") == 166
    seats.set_runtime("dune-2", 171)
    assert seats.runtime("dune-2") == 171
