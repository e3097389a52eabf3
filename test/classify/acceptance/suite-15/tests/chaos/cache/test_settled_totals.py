import pytest

from tallyhouse import cache

pytestmark = pytest.mark.chaos


def test_settled_total_cached():
    client = cache.client()
    assert cache.settled_total(client, "2026-12-02", lambda day: 1200) == 1200


def test_settled_total_recomputed_on_miss():
    client = cache.client()
    calls = []
    cache.settled_total(client, "2026-12-01", lambda day: calls.append(day) or 10)
    assert calls == ["2026-12-01"]


def test_fx_rates_cached():
    client = cache.client()
    client.set("fx:EURUSD", 1.0834, expire=60)
    assert client.get("fx:EURUSD") == 1.0834


def test_settled_total_when_cache_full(memcached_stub):
    client = cache.client(memcached_stub())
    assert cache.settled_total(client, "2026-12-02", lambda day: 1200) == 1200


def test_settled_total_when_cache_slow(memcached_stub):
    client = cache.client(memcached_stub(answer=b"STORED\r\n", delay=2.0))
    assert cache.settled_total(client, "2026-12-02", lambda day: 1200) == 1200


_memo = {}


def test_totals_memo_fills():
    _memo["2026-12-02"] = 1200
    assert _memo


def test_totals_memo_starts_empty():
    assert _memo == {}
