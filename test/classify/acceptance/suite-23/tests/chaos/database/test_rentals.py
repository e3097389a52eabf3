from datetime import date

import pytest

from snowgate import rentals

pytestmark = pytest.mark.chaos


def test_rent_skis(rental_db):
    rentals.add_item("SKI-170-01", "ski", 170)
    assert rentals.rent("SKI-170-01", "Kari", date(2026, 12, 19), 3) >= 1


def test_first_rental_of_the_day_is_number_one(rental_db):
    rentals.add_item("BRD-150-01", "board", 150)
    assert rentals.rent("BRD-150-01", "Ola", date(2026, 12, 19), 1) == 1


def test_open_rentals_of_item(rental_db):
    rentals.add_item("SKI-160-02", "ski", 160)
    rentals.rent("SKI-160-02", "Nils", date(2026, 12, 19), 2)
    assert rentals.open_rentals("SKI-160-02") == ["Nils"]


def test_register_delivery_with_repeated_tags(rental_db):
    delivery = [("SKI-180-05", "ski", 180), ("SKI-180-06", "ski", 180), ("SKI-180-05", "ski", 180)]
    assert rentals.register_items(delivery) == 2


def test_late_fee_after_two_days(rental_db):
    rentals.add_item("SKI-150-09", "ski", 150)
    rental_id = rentals.rent("SKI-150-09", "Siri", date(2026, 12, 1), 2)
    assert rentals.late_fee(rental_id, date(2026, 12, 5)) == 35
