import asyncio

import pytest

from bowstring import box_office

pytestmark = pytest.mark.chaos


@pytest.fixture
def box_session():
    return box_office.open_session()


def test_seat_map_has_rows():
    assert box_office.seat_map("main")["rows"]


@pytest.mark.parametrize("band", ["stalls", "circle", "balcony"])
def test_price_bands(band):
    assert box_office.price_band(band) > 0


def test_box_office_reachable():
    assert box_office.probe()


def test_hold_two_seats():
    assert asyncio.run(box_office.hold_seats(["F11", "F12"])) == "HELD"


def test_session_has_basket(box_session):
    assert box_session["basket"] == []


def test_session_currency(box_session):
    assert box_session["currency"] == "GBP"


def test_session_expiry(box_session):
    assert box_session["expires_in"] > 0
