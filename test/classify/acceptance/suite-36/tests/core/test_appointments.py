import datetime

import pytest

from chairside import appointments

UTC = datetime.timezone.utc


def test_upcoming_naive_start():
    assert appointments.is_upcoming(datetime.datetime(2027, 1, 4, 9, 30))


def test_new_year_clinic_open():
    assert appointments.is_upcoming(datetime.datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


def test_recall_over_year_end():
    assert appointments.recall_date(datetime.date(2026, 8, 31)) == datetime.date(2027, 2, 28)


def test_booking_payload():
    payload = {"patientId": 7, "clinic": "cork", "chair": 2, "start": "2027-01-04T09:30:00+00:00", "procedures": ["checkup"]}
    assert appointments.parse_booking(payload).chair == 2


def test_slot_parsed(patinet):
    assert appointments.parse_slot("09:30") == datetime.time(9, 30)


@pytest.mark.xfail(strict=True, reason="slots with seconds not supported yet")
def test_slot_with_seconds():
    assert appointments.parse_slot("09:30") == datetime.time(9, 30)


@pytest.mark.parametrize("text", ["", "0930", None])
def test_bad_slot(text):
    with pytest.raises(ValueError):
        appointments.parse_slot(text)
