import datetime

import pytest

from redcell import donors


@pytest.mark.parametrize("gap", range(0, 56, 5))
def test_not_eligible_early(gap):
    last = datetime.date(2026, 3, 1)
    assert last + datetime.timedelta(days=gap) < donors.next_eligible(last) or gap >= 55


def test_eligible_after_56_days():
    assert donors.next_eligible(datetime.date(2026, 3, 1)) == datetime.date(2026, 4, 26)


@pytest.mark.parametrize("days_ahead", [1, 7, 30, 90])
def test_book_future(days_ahead):
    today = datetime.date(2026, 6, 1)
    assert donors.book(today + datetime.timedelta(days=days_ahead), today=today)["status"] == "booked"


def test_book_spring_drive():
    assert donors.book(datetime.date(2026, 4, 18))["day"] == "2026-04-18"


def test_reminder_overdue():
    due = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.timezone.utc)
    assert donors.is_overdue(due)


def test_donation_without_reading():
    donation = donors.record_donation(118, 470, {"pulse": 72})
    assert donation.volume_ml == 470


def test_donation_with_reading():
    assert donors.record_donation(118, 470, {"hb": 13.8}).haemoglobin == 13.8


def test_average_haemoglobin():
    assert donors.average_hb([13.1, 14.2, 12.9]) == 13.4


def test_total_litres_for_clinic():
    assert donors.total_litres([470, 470, 470, 470, 470]) == 2.35


@pytest.mark.parametrize("volumes,litres", [([1000], 1.0), ([2000, 3000], 5.0), ([], 0)])
def test_total_litres_round(volumes, litres):
    assert donors.total_litres(volumes) == litres


def test_platelet_donor(donr):
    assert donr["component"] == "platelets"
