from datetime import date
from decimal import Decimal

import pytest

from cragloft import config, pricing, reciprocal
from cragloft.errors import BookingError
from unittest import mock


def test_day_pass_with_shoes():
    assert pricing.visit_price(True) == Decimal("18.50")


def test_day_pass_without_shoes():
    assert pricing.visit_price(False) == Decimal("14.50")


def test_ten_visit_pass():
    assert pricing.ten_visit_pass(Decimal("14.50")) == Decimal("130.50")


def test_junior_turning_sixteen_later_this_year():
    assert pricing.is_junior(date(2010, 12, 1), on=date(2026, 6, 1))


def test_party_limit_from_settings():
    conf = config.load_without_file()
    assert pricing.party_ok(conf, 4)


def test_partner_members_climb_free():
    with mock.patch("cragloft.partners.member_status", return_value={"active": True}):
        assert reciprocal.guest_fee("m1") == Decimal("0.00")


def test_past_booking_refused(tmp_path):
    from cragloft import bookings
    db = bookings.connect(str(tmp_path / "b.sqlite3"))
    with pytest.raises(BookingError, match="date has passed"):
        bookings.book(db, "m1", "2020-01-01", "18:00")
