import pytest

from quadroll import cache

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("section", ["CS101-A", "MA201-A", "PH110-C"])
def test_publish_free_seats(section):
    assert cache.publish_seats(section, 12) is True


def test_seats_when_redis_is_slow(silent_peer):
    host, port = silent_peer
    assert cache.seats("CS101-A", url=f"redis://{host}:{port}/0", timeout=0.5) is None


def test_prerequisites_memo():
    assert cache.prerequisites_met("s1001", {"CS101": 72, "MA101": 58})


def test_snapshot_is_json():
    assert '"CS101-A"' in cache.snapshot(["CS101-A", "CS101-B"])


def test_mark_open_first():
    cache.mark_open("CS101-A")
    assert cache.open_count() == 1


def test_mark_open_second():
    cache.mark_open("CS101-B")
    assert cache.open_count() == 1
