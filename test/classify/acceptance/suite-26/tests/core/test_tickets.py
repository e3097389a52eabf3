import json
from datetime import datetime
from decimal import Decimal

import pytest

from starwick import tickets


def test_adult_price():
    assert tickets.price("adult", 2) == Decimal("25.00")


def test_group_discount():
    assert tickets.group_price("adult", 10) == Decimal("112.50")


def test_concession_price():
    assert tickets.price("senior", 1) == Decimal("9.00")


def test_confirmation_single_seat():
    assert tickets.confirmation("Ada", 1) == "Ada: 1 seat booked"


def test_receipt_is_json():
    booking = {"name": "Ada", "night": datetime(2026, 12, 11, 20, 0), "total": Decimal("12.50")}
    assert json.loads(tickets.receipt(booking))["total"] == "12.50"


def test_last_seat_can_be_booked():
    assert tickets.can_book(capacity=40, booked=39, seats=1)


def test_signature_rejects_empty_secret():
    with pytest.raises(ValueError):
        tickets.sign("SW-1", secret="")


def test_price_refuses_words():
    with pytest.raises(KeyError):
        tickets.price("adult", "two")


def test_price_total_with_fees():
    assert 12.5 * 0.1 + 0.2 * 3 == 1.85


def test_member_price_free(ticket_kinds):
    assert tickets.price("member", 3) == Decimal("0.00")
