import time

import pytest

from lapwater import cache

pytestmark = pytest.mark.chaos


def test_set_and_read_free_lanes(cache_conn):
    cache.set_free_lanes(cache_conn, "riverside", 6)
    assert cache_conn.get("lanes:riverside") == "6"


def test_free_lanes_after_refill(cache_conn):
    cache.set_free_lanes(cache_conn, "northgate", 6)
    assert cache.free_lanes(cache_conn, "northgate") == 6
    cache.set_free_lanes(cache_conn, "northgate", 4)
    assert cache.free_lanes(cache_conn, "northgate") == 4


def test_lane_hold_expires(cache_conn):
    cache_conn.set("hold:lido:3", "swimmer-42", ex=1)
    time.sleep(0.5)
    assert cache_conn.get("hold:lido:3") is None


def test_book_lane_counts_down(cache_conn):
    cache.set_free_lanes(cache_conn, "eastfield", 5)
    assert cache.book_lane(cache_conn, "eastfield") == 4


def test_missing_pool_has_no_lanes(cache_conn):
    assert cache_conn.get("lanes:atlantis") is None
