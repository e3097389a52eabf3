import datetime as dt
from decimal import Decimal

import pytest

from tidemark import auth, core


def test_fee_day():
    assert core.fee(20000) == Decimal("420.00")


def test_fee_night():
    assert core.fee(20000, night=True) == Decimal("525.00")


def test_window_minutes():
    assert core.window_minutes("0630-0745") == 75


def test_window_over_midnight():
    assert core.window_minutes("2330-0015") == 45


def test_boarding_time():
    high = dt.datetime(2026, 12, 8, 6, 40)
    assert core.boarding_time(high, 90) == dt.datetime(2026, 12, 8, 5, 10)


@pytest.mark.parametrize("length,pilots", [(120, 1), (250, 1), (260, 2), (400, 2)])
def test_pilots_needed(length, pilots):
    assert core.pilots_needed(length) == pilots


def test_draught_margin():
    assert core.draught_ok(11.0, 12.5)
    assert not core.draught_ok(12.0, 12.5)


def test_slot_label():
    assert core.slot_label(390) == "0630"


def test_bearer_token_extracted():
    assert auth.bearer({"authorization": "Bearer abc.def.ghi"}) == "abc.def.ghi"


def test_split_scopes():
    assert core.split_scopes("pilots:read  slots:write") == ["pilots:read", "slots:write"]
