import json

import pytest

from mashtun import cache

pytestmark = pytest.mark.chaos

TAPS = [{"tap": 1, "beer": "Liffey Lager"}, {"tap": 2, "beer": "Quay Stout"}]


def test_taplist_cached():
    client = cache.Memcached()
    cache.cache_taplist(client, "dublin", TAPS)
    assert json.loads(client.get("taplist:dublin"))


def test_taplist_store_full(line_peer):
    client = cache.Memcached(line_peer(b"SERVER_ERROR out of memory storing object"))
    cache.cache_taplist(client, "dublin", TAPS)


def test_taplist_with_umlaut(line_peer):
    client = cache.Memcached(line_peer(b"CLIENT_ERROR bad data chunk"))
    cache.cache_taplist(client, "munich", [{"tap": 1, "beer": "M\u00e4rzen"}])


def test_price_after_change():
    prices = {"Liffey Lager": 6.2}
    assert cache.price_of("Liffey Lager", prices) == 6.2
    prices["Liffey Lager"] = 6.5
    assert cache.price_of("Liffey Lager", prices) == 6.5
