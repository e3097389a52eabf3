import pytest

from voltbay import tariff_cache
from voltbay.tariff_cache import TariffCache

pytestmark = pytest.mark.chaos

TARIFF = {"energy": "0.39", "idle_per_minute": "0.10"}


@pytest.fixture
def cache():
    return TariffCache()


def test_store_and_read_tariff(cache):
    cache.put("HAM-0007", "ccs", TARIFF)
    assert cache.get("HAM-0007", "ccs") == TARIFF


def test_plug_in_counter(cache):
    assert cache.count_plug_in("HAM-0007") >= 1


def test_cache_health(cache):
    assert cache.health()


def test_station_name_with_space(cache):
    cache.put("Bay 4 Harbour", "type2", TARIFF)


def test_cache_when_memcached_stalls(silent_peer):
    cache = TariffCache(servers=[f"127.0.0.1:{silent_peer}"], socket_timeout=30)
    assert cache.get("HAM-0007", "ccs") is None


def test_tariff_change_seen():
    store = {"HAM-0007": {"energy": "0.39"}}
    assert tariff_cache.tariff_for("HAM-0007", store.get) == {"energy": "0.39"}
    tariff_cache.update_tariff("HAM-0007", {"energy": "0.45"}, store)
    assert tariff_cache.tariff_for("HAM-0007", store.get) == {"energy": "0.45"}
