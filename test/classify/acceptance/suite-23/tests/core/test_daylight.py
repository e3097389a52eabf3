import datetime

from snowgate import daylight


def test_opening_hours_in_march():
    dawn, dusk = daylight.opening_hours(datetime.date(2026, 3, 10))
    assert dawn < dusk


def test_opening_hours_at_christmas():
    dawn, dusk = daylight.opening_hours(datetime.date(2026, 12, 24))
    assert dawn < dusk
