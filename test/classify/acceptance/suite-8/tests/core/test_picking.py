import datetime

import pytest

from binwise import picking


def test_single_lot_is_picked():
    assert picking.pick_lot([{"lot": "LOT-1", "received": datetime.date(2026, 1, 1), "expires": None}]) == "LOT-1"


def test_pallet_id_from_scanner():
    assert picking.pallet_id("6f1c2a9e-0b7d-4c55-9a3e-2f4b8c1d7e60").version == 4


def test_devices_in_address_order():
    devices = [
        {"name": "hh-12", "ip": "10.40.2.12"},
        {"name": "hh-03", "ip": "10.40.2.3"},
        {"name": "dock-gw", "ip": "fd00:40::1"},
    ]
    assert picking.device_order(devices)[:2] == ["hh-03", "hh-12"]


def test_ipv4_devices_in_address_order():
    devices = [{"name": "hh-12", "ip": "10.40.2.12"}, {"name": "hh-03", "ip": "10.40.2.3"}]
    assert picking.device_order(devices) == ["hh-03", "hh-12"]


def test_book_next_collection():
    booked = picking.book_collection("northline", datetime.date(2026, 11, 30))
    assert booked["day"] == "2026-11-30"


def test_collection_in_the_past_is_refused():
    with pytest.raises(ValueError, match="in the past"):
        picking.book_collection("northline", datetime.date(2020, 1, 6))


@pytest.mark.parametrize(
    ("body", "digit"),
    [("00012345600000000", 5), ("37610425002123456", 9), ("40012345678901234", 1), ("590123412345", 7), ("400638133393", 1)],
)
def test_gs1_check_digit(body, digit):
    assert picking.check_digit(body) == digit
