import datetime
from decimal import Decimal

import pytest

from vitrine import loans, tickets


def test_adult_price():
    assert tickets.price(40) == Decimal("14.50")


def test_concession_price():
    assert tickets.price(70) == Decimal("7.25")


def test_special_exhibition_price():
    assert tickets.price(30, special_exhibition=True) == Decimal("20.50")


def test_child_at_twelve():
    assert tickets.is_child(12)


def test_gate_code():
    payload = "https://tickets.vitrine.example/t/" + "T202611141030-" + "A7F3C2" * 12
    assert tickets.qr_code(payload) == 25


def test_book_summer_late_opening():
    booking = tickets.book(datetime.datetime(2025, 7, 24, 18, 30))
    assert booking["code"] == "T202507241830"


def test_register_loan():
    assert loans.register("2019.44", "Ashmolean", datetime.date(2031, 3, 1)) == 1


def test_register_second_loan():
    assert loans.register("2018.3", "Fitzwilliam", datetime.date(2031, 6, 1)) == 1


def test_loan_days():
    assert loans.loan_days(datetime.date(2030, 1, 1), datetime.date(2030, 3, 1)) == 59


@pytest.mark.xfail(strict=True, reason="loan_days counts the last day twice (ticket 412)")
def test_loan_days_single_day():
    assert loans.loan_days(datetime.date(2030, 1, 1), datetime.date(2030, 1, 2)) == 1


def test_gallery_order():
    galleries = {"west", "east", "north", "south", "mezzanine"}
    assert [gallery.upper() for gallery in galleries] == ["EAST", "MEZZANINE", "NORTH", "SOUTH", "WEST"]
