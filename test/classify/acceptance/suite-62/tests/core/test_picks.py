import datetime

import pytest

from tremorline import picks


@pytest.mark.parametrize("distance", range(0, 300, 5))
def test_s_arrives_after_p(distance):
    assert picks.travel_time(distance, "S") >= picks.travel_time(distance, "P")


@pytest.mark.parametrize("seconds", [1, 2, 5, 10, 20, 40])
def test_s_minus_p_distance_roundtrip(seconds):
    distance = picks.s_minus_p_distance(seconds)
    assert picks.travel_time(distance, "S") - picks.travel_time(distance, "P") == pytest.approx(seconds)


def test_mean_residual():
    event_picks = [{"observed": 10.2, "predicted": 10.0}, {"observed": 12.0, "predicted": 12.2}]
    assert picks.mean_residual(event_picks) == pytest.approx(0.0)


def test_mean_residual_of_unpicked_event():
    assert picks.mean_residual([]) == 0.0


def test_seconds_since_origin():
    now = datetime.datetime(2026, 11, 3, 4, 13, 9, tzinfo=datetime.timezone.utc)
    assert picks.seconds_since_origin("2026-11-03T04:12:09Z", now) == 60


def test_seconds_since_origin_of_bulletin_time():
    now = datetime.datetime(2026, 11, 3, 4, 13, 9, tzinfo=datetime.timezone.utc)
    assert picks.seconds_since_origin("2026-11-03T04:12:09", now) == 60


@pytest.mark.parametrize("band", "BHSE")
@pytest.mark.parametrize("orientation", "ZNE12")
def test_channel_code(band, orientation):
    assert picks.channel_code(band.lower(), "h", orientation) == f"{band}H{orientation}"
