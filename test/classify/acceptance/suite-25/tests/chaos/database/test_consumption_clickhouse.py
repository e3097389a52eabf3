import datetime as dt

import pytest

from rillmark import analytics

pytestmark = pytest.mark.chaos


def test_daily_consumption_by_meter():
    assert analytics.daily_consumption("north", dt.date(2026, 3, 1)) == {}


def test_night_flow_is_low_in_a_tight_zone():
    assert analytics.night_flow("south") < 50


def test_top_consumers_limit():
    assert len(analytics.top_consumers(5)) <= 5
