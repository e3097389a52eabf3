from datetime import date, datetime, timezone

from snowgate import daylight, seasons


def test_peak_days_of_the_season():
    assert date(2026, 12, 25) in seasons.peak_days(2026)


def test_office_date_typed_in_norwegian():
    assert seasons.office_date("i morgen") > date(2026, 1, 1)


def test_booking_time_from_partner():
    assert seasons.booking_time("24.12.2026 08:00").hour == 8


def test_booking_in_season():
    start = datetime(2026, 11, 28, 9, 0)
    assert seasons.in_season(seasons.booking_time("2026-12-19T08:00:00+01:00"), start)


def test_grooming_runs_after_lifts_close():
    assert not daylight.is_open(datetime.now()), "groomers must not be scheduled while lifts run"
