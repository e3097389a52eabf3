from datetime import date, datetime, timezone

import pytest

from berthline import fees


@pytest.mark.parametrize(
    "length_m, nights, season, expected",
    [(10.0, 1, "high", 42.0), (12.5, 3, "low", 78.75), (8.5, 1, "shoulder", 26.78)],
    ids=["high-10m", "low-12.5m", "shoulder-8.5m"],
)
def test_mooring_fee(length_m, nights, season, expected):
    assert fees.mooring_fee(length_m, nights, season) == expected


@pytest.mark.parametrize("month, season", [(7, "high"), (1, "low"), (4, "shoulder"), (10, "shoulder")])
def test_season_of(month, season):
    assert fees.season_of(date(2026, month, 1)) == season


def test_booking_overlap():
    booking = {
        "arrive": datetime(2026, 7, 1, 14, tzinfo=timezone.utc),
        "depart": datetime(2026, 7, 4, 10, tzinfo=timezone.utc),
    }
    assert fees.overlaps(booking, fees.parse_arrival("2026-07-02T09:00:00"))


def test_invoice_number():
    assert fees.invoice_number(2026, 42) == "INV-2026-00042"


def test_early_bird_window_open():
    assert fees.early_bird_open(), "early-bird rates are open for next season"


def test_tariff_settings_loaded(setings):
    assert setings["auth"]["lockout_threshold"] == 5
