import datetime as dt

from podstead import episodes


def test_slug_of_accented_title():
    assert episodes.slugify("Café Society: Ep. 4") == "cafe-society-ep-4"


def test_slug_of_plain_title():
    assert episodes.slugify("Night Shift — Pilot!") == "night-shift-pilot"


def test_duration_under_an_hour():
    assert episodes.format_duration(1820) == "30:20"


def test_duration_over_an_hour():
    assert episodes.format_duration(3725) == "1:02:05"


def test_feed_order_with_trailer():
    items = [{"season": 1, "number": 1}, {"season": None, "number": 0}, {"season": 1, "number": 2}]
    assert [i["number"] for i in episodes.feed_order(items)] == [2, 1, 0]


def test_schedule_release_for_launch():
    launch = dt.datetime(2026, 12, 1, 6, 0, tzinfo=dt.timezone.utc)
    assert episodes.schedule_release({"id": 1301}, launch)["release_at"] == launch
