import datetime

import pytest

from combwright import seasons


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_has_a_season(month):
    assert seasons.season_of(datetime.date(2026, month, 1)) in {"spring", "summer", "autumn"}


def test_window_tomorrow_open():
    tomorrow = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)
    assert seasons.window_open_local(tomorrow)


def test_autumn_collection_window_open():
    assert seasons.window_open(datetime.datetime(2026, 10, 3, 9, 0, tzinfo=datetime.timezone.utc))


def test_midsummer():
    assert seasons.season_of(datetime.date(2026, 6, 21)) == "summer"
