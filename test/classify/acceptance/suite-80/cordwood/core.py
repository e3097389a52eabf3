"""Prices and loads: a cord is 128 cubic feet; a face cord a third of one."""
from decimal import ROUND_HALF_UP, Decimal

CORD_FT3 = 128
PRICES = {"oak": Decimal("310.00"), "ash": Decimal("285.00"), "birch": Decimal("260.00"), "pine": Decimal("190.00")}


def cords(length_ft, height_ft, depth_ft):
    return length_ft * height_ft * depth_ft / CORD_FT3


def face_cords(full_cords):
    return full_cords * 3


def price(species, amount):
    """Price of `amount` cords, rounded half up to the cent."""
    return (PRICES[species] * Decimal(str(amount))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def delivery_fee(miles):
    """Free within 10 miles, then 2.50 a mile past the tenth."""
    if miles < 10:
        return Decimal("0")
    return Decimal("2.50") * (miles - 10)


def loads(total_cords, truck_cords):
    """Truck loads needed, a part load counting as a load."""
    return int(total_cords // truck_cords)


def seasoned(moisture_percent):
    return moisture_percent <= 20


def bundle_discount(amount):
    """5 % off from 3 cords, 10 % off from 5 cords."""
    if amount >= 5:
        return Decimal("0.10")
    if amount > 3:
        return Decimal("0.05")
    return Decimal("0")
