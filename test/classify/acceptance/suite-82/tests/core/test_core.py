from datetime import datetime

import pytest

from shorewarden import core


def test_rounded_volume_half_up():
    assert [core.rounded_volume(v) for v in (120.5, 121.5, 7.5)] == [121, 122, 8]


def test_survey_window_includes_both_ends():
    window = core.survey_window(datetime(2026, 12, 8, 12, 0), hours=2)
    assert window[0].hour == 10 and window[-1].hour == 14


def test_feed_heights():
    feed = {"readings": [{"station": "spurn", "height": 3.2}, {"station": "cley", "height": 2.9}]}
    assert core.feed_values(feed, "heights") == [3.2, 2.9]


def test_feed_stations():
    feed = {"readings": [{"station": "spurn", "height": 3.2}]}
    assert core.feed_values(feed, "stations") == ["spurn"]


def test_alert_recipients():
    assert all("@" in address for address in core.alert_recipients())


def test_feet():
    assert core.metres_to_feet(1.0) == pytest.approx(3.28084)


def test_parse_survey_id():
    assert core.parse_survey_id("spurn-41") == ("spurn", 41)


def test_slope():
    assert core.slope_percent(1.0, 4.0) == 25.0
