import datetime

from cuewright import schedule


def test_deadline_skips_weekend():
    assert schedule.deadline(datetime.date(2026, 12, 4), 1) == datetime.date(2026, 12, 7)


def test_due_in_studio_time():
    utc = datetime.datetime(2026, 7, 1, 12, 0, tzinfo=datetime.timezone.utc)
    assert schedule.due_in_studio(utc).hour == 13


def test_late_delivery():
    due = datetime.datetime(2026, 12, 3, 18, 0, tzinfo=datetime.timezone.utc)
    assert schedule.is_late(datetime.datetime(2026, 12, 3, 19, 0), due)

