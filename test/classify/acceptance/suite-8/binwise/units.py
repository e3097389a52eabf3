"""Weights, sizes, case packs and money."""
from decimal import Context, Decimal, DivisionByZero, FloatOperation, InvalidOperation, localcontext
from fractions import Fraction

import babel.numbers
import phonenumbers
import pint

from binwise import settings

ureg = pint.UnitRegistry()
PARCEL_LIMIT = ureg.Quantity(30, "kilogram")
MONEY = Context(prec=28, traps=[InvalidOperation, DivisionByZero, FloatOperation])


def to_kilograms(value, unit):
    return ureg.Quantity(value, unit).to("kilogram").magnitude


def volumetric_kg(length_cm, width_cm, height_cm, divisor=5000):
    return Fraction(length_cm * width_cm * height_cm, divisor)


def over_parcel_limit(item):
    weight = ureg.Quantity(item["weight"], item["weight_unit"])
    size = ureg.Quantity(item["length"], item["length_unit"])
    return max(weight, size) > PARCEL_LIMIT


def cases_needed(units, pack):
    """Whole cases to pick for `units` items of a SKU packed `units_per_case` to a case."""
    cases = Fraction(units, pack["units_per_case"])
    return int(cases) + (cases.denominator != 1)


def landed_cost(unit_price, duty_rate):
    """Unit price (a string from the supplier's invoice) with import duty, to the penny."""
    with localcontext(MONEY):
        price = Decimal(unit_price)
        return (price * Decimal(1 + duty_rate)).quantize(Decimal("0.01"))


def format_price(amount):
    return babel.numbers.format_currency(amount, "GBP", locale=settings.LOCALE)


def normalise_phone(raw):
    number = phonenumbers.parse(raw, settings.DEFAULT_REGION)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
