import time

import pytest

from bowstring import stands
from bowstring.kv import KV
from tests.conftest import resp_answer

pytestmark = pytest.mark.chaos


@pytest.fixture
def kv():
    client = KV()
    client.flushdb()
    yield client


@pytest.mark.parametrize("section", ["violin", "cello", "bass"])
def test_reserve_stands(kv, section):
    assert stands.reserve_stands(kv, section, 2) == 2


def test_reserve_stands_when_kv_full(tcp_stub):
    stub = tcp_stub(resp_answer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    client = KV(port=stub.port)
    assert stands.reserve_stands(client, "viola", 3) == 3


def test_invalidate_refreshes_section():
    counts = {"Violin": 16}
    cache = stands.StandCache(lambda section: counts[section], ttl=60)
    assert cache.get("Violin") == 16
    counts["Violin"] = 18
    cache.invalidate("Violin")
    assert cache.get("Violin") == 18


def test_cache_expires_after_ttl():
    counts = {"cello": 6}
    cache = stands.StandCache(lambda section: counts[section], ttl=0.5)
    assert cache.get("cello") == 6
    counts["cello"] = 7
    time.sleep(0.3)
    assert cache.get("cello") == 7


@pytest.mark.parametrize("section", ["violin", "viola", "cello", "bass", "flute", "oboe", "horn", "harp"])
def test_cache_serves_repeat_reads(section):
    calls = []
    cache = stands.StandCache(lambda name: calls.append(name) or len(calls), ttl=60)
    assert cache.get(section) == cache.get(section) == 1
