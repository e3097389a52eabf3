from datetime import datetime, timedelta, timezone

import pytest

from gridcall import restoration

INCIDENTS = [{"customers": 1200, "minutes": 90}, {"customers": 800, "minutes": 30}]


def test_saifi():
    assert restoration.saifi(INCIDENTS, 10_000) == 0.2


def test_saidi():
    assert restoration.saidi(INCIDENTS, 10_000) == pytest.approx(13.2)


def test_customer_minutes_ratio():
    assert restoration.customer_minutes(3, 0.1) == 0.3


@pytest.mark.parametrize("travel", range(0, 120, 5))
@pytest.mark.parametrize("repair", [30, 60, 90, 240])
def test_eta_adds_travel_and_repair(travel, repair):
    reported = datetime(2026, 11, 20, 18, 0, tzinfo=timezone.utc)
    assert restoration.eta(reported, travel, repair) - reported == timedelta(minutes=travel + repair)


def test_estimate_overdue():
    estimate = datetime(2026, 11, 20, 18, 0, tzinfo=timezone.utc)
    assert restoration.overdue(estimate)


@pytest.mark.parametrize("kind,rank", [("Medical", 1), ("Care-home", 2), ("Business", 3), ("Domestic", 4)])
def test_priority_by_kind(kind, rank):
    assert restoration.priority(kind) == rank


def test_priority_lower_case_medical():
    assert restoration.priority("medical") == 1


def test_first_shift():
    assert restoration.first_shift(["06:00", "14:00", "22:00"]) == "06:00"


def test_first_shift_of_quiet_depot():
    assert restoration.first_shift([]) is None


def test_planned_outage_notice_is_ahead():
    planned = datetime(2026, 6, 30, 9, 0)
    assert planned > datetime.now(), "notices must go out before the planned work"


def test_depot_lookup(feeder_map):
    assert feeder_map["F-101"] == "Hillside"
