import pytest

from bagdrop import tags as tag_cache

pytestmark = [pytest.mark.chaos, pytest.mark.flaky(reruns=1)]


@pytest.mark.parametrize("chute", ["C1", "C2", "C3"])
def test_put_tag_each_chute(tags, chute):
    r, keys = tags
    tag_cache.put_tag(r, f"0125200{chute}", "DY604", chute)
    keys.append(f"tag:0125200{chute}")
    assert tag_cache.get_tag(r, f"0125200{chute}")["chute"] == chute


def test_hold_and_release(tags):
    r, keys = tags
    tag_cache.hold_bag(r, "0125300001", 60)
    keys.append("hold:0125300001")
    assert tag_cache.is_held(r, "0125300001")


def test_transfer_tags(tags):
    r, keys = tags
    for n in range(4):
        tag_cache.put_tag(r, f"01253100{n}", "SK4035", "T")
        keys.append(f"tag:01253100{n}")
    assert len(tag_cache.bags_on_flight(r, "SK4035")) == 4


def test_rush_tag(tags):
    r, keys = tags
    tag_cache.put_tag(r, "0125400001", "SK1471", "RUSH")
    keys.append("tag:0125400001")
    assert tag_cache.chute_for(r, "0125400001") == "RUSH"


def test_tag_overwrite(tags):
    r, keys = tags
    tag_cache.put_tag(r, "0125400002", "SK1471", "C1")
    tag_cache.put_tag(r, "0125400002", "SK1471", "C2")
    keys.append("tag:0125400002")
    assert tag_cache.get_tag(r, "0125400002")["chute"] == "C2"


def test_direct_scan_count():
    assert tag_cache.count_scan(tag_cache.client(), "0125500001") >= 1
