import time

import pytest

from bagdrop import tags as tag_cache

pytestmark = pytest.mark.chaos


def test_tag_round_trip(tags):
    r, keys = tags
    tag_cache.put_tag(r, "0125123456", "SK1471", "C4")
    keys.append("tag:0125123456")
    assert tag_cache.get_tag(r, "0125123456") == {"flight": "SK1471", "chute": "C4"}


def test_unknown_tag(tags):
    r, _ = tags
    assert tag_cache.get_tag(r, "0125999999") is None


def test_hold_expires(tags):
    r, keys = tags
    tag_cache.hold_bag(r, "0125123457", 1)
    keys.append("hold:0125123457")
    time.sleep(0.5)
    assert not tag_cache.is_held(r, "0125123457")


def test_chute_after_reroute(tags):
    r, keys = tags
    tag_cache.put_tag(r, "0125123458", "SK1471", "C4")
    keys.append("tag:0125123458")
    assert tag_cache.chute_for(r, "0125123458") == "C4"
    tag_cache.reroute(r, "0125123458", "C7")
    assert tag_cache.chute_for(r, "0125123458") == "C7"


def test_reroute_unknown_tag(tags):
    r, _ = tags
    tag_cache.reroute(r, "0125000000", "C2")
    assert tag_cache.get_tag(r, "0125000000")["chute"] == "C2"


def test_scan_counter(tags):
    r, keys = tags
    keys.append("scans:0125123459")
    assert [tag_cache.count_scan(r, "0125123459") for _ in range(3)] == [1, 2, 3]


def test_bags_on_flight(tags):
    r, keys = tags
    for n, flight in enumerate(["SK1471", "DY604", "SK1471"]):
        tag_cache.put_tag(r, f"01251000{n}", flight, "C1")
        keys.append(f"tag:01251000{n}")
    assert tag_cache.bags_on_flight(r, "SK1471") == ["012510000", "012510002"]


def test_arrival_batch(tags):
    r, keys = tags
    for n in range(2):
        tag_cache.put_tag(r, f"01251100{n}", "KL1144", "C5")
        keys.append(f"tag:01251100{n}")
    assert tag_cache.get_tag(r, "012511001")["flight"] == "KL1144"
