import pytest

from stowfold import cache


@pytest.fixture
def units():
    return cache.UnitCache(cache.connect())


def test_put_and_get(units):
    units.put("northgate", ["A101", "A102"])
    assert units.get("northgate") == ["A101", "A102"]


def test_missing_site(units):
    assert units.get("nowhere") is None


def test_overwrite(units):
    units.put("northgate", ["A101"])
    units.put("northgate", [])
    assert units.get("northgate") == []


def test_forget(units):
    units.put("riverside", ["B204"])
    units.forget("riverside")
    assert units.get("riverside") is None


def test_ttl_set(units):
    units.put("northgate", ["A101"])
    assert 0 < units.client.ttl("free:northgate") <= 60


def test_many_sites(units):
    for site in ("northgate", "riverside", "eastfield"):
        units.put(site, [site[:1].upper() + "1"])
    assert units.get("eastfield") == ["E1"]
