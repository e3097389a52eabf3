"""Stays, nights, city tax and invoices."""
from datetime import date, datetime, timezone
from decimal import Decimal

CITY_TAX = 0.05


def nights(arrival: date, departure: date):
    return (departure - arrival).days - 1


def with_city_tax(amount):
    return amount * (1 + CITY_TAX)


def checked_out_late(departure, now=None):
    return (now or datetime.now(timezone.utc)) > departure


def split_bill(total: Decimal, guests):
    return round(total / guests, 2)
