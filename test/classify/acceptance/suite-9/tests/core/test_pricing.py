from decimal import Decimal

import pytest

from seatline import pricing


@pytest.mark.parametrize("face,fee", [
    ("4.00", "0.50"), ("6.66", "0.50"), ("10.00", "0.75"), ("20.00", "1.50"), ("45.00", "3.38"),
    ("32.50", "2.44"), ("100.00", "7.50"), ("250.00", "18.75"), ("8.00", "0.60"), ("12.40", "0.93"),
])
def test_booking_fee(face, fee):
    assert pricing.booking_fee(Decimal(face)) == Decimal(fee)


def test_booking_fee_rounds_half_pennies_up():
    assert pricing.booking_fee(Decimal("15.00")) == Decimal("1.13")


@pytest.mark.parametrize("code,expected", [
    (None, "100.00"), ("STUDENT10", "90.00"), ("student10", "90.00"), ("EARLYBIRD", "85.00"), ("GROUP20", "80.00"),
])
def test_discounts(code, expected):
    assert pricing.apply_discount(Decimal("100.00"), code) == Decimal(expected)


def test_unknown_discount_code_is_refused():
    with pytest.raises(KeyError):
        pricing.apply_discount(Decimal("100.00"), "FREE4ALL")


@pytest.mark.parametrize("amount,gross", [("10.00", "12.00"), ("0.01", "0.01"), ("33.33", "40.00"), ("45.00", "54.00")])
def test_vat_inclusive(amount, gross):
    assert pricing.vat_inclusive(Decimal(amount)) == Decimal(gross)


@pytest.mark.parametrize("lines,code,total", [
    ([("45.00", 2)], None, "96.76"),
    ([("45.00", 2), ("20.00", 1)], None, "118.26"),
    ([("10.00", 4)], "GROUP20", "35.00"),
    ([("4.00", 1)], None, "4.50"),
])
def test_order_total(lines, code, total):
    assert pricing.order_total([(Decimal(p), q) for p, q in lines], code) == Decimal(total)


@pytest.mark.parametrize("total,parts", [("90.00", 2), ("100.00", 4), ("45.00", 3), ("0.03", 3)])
def test_split_payment_adds_up(total, parts):
    assert sum(pricing.split_payment(Decimal(total), parts)) == Decimal(total)


def test_split_payment_first_share_takes_the_penny():
    assert pricing.split_payment(Decimal("10.00"), 3) == [Decimal("3.34"), Decimal("3.33"), Decimal("3.33")]


@pytest.mark.parametrize("amount,minor", [("45.00", 4500), ("0.01", 1), ("1999.99", 199999), ("3.10", 310)])
def test_minor_units(amount, minor):
    assert pricing.to_minor_units(Decimal(amount)) == minor
