"""The yard's arithmetic: train lengths and weights, brake percentages, hump speeds and charges."""
import math
from decimal import Decimal, ROUND_HALF_UP

WAGON_LENGTHS = {"box": 15.2, "hopper": 17.3, "flat": 19.6, "tank": 16.4}
LOCO_LENGTH = 21.0


def train_length(wagons, locos=1):
    return round(sum(WAGON_LENGTHS[kind] for kind in wagons) + LOCO_LENGTH * min(locos, 1), 1)


def brake_percentage(braked_mass, train_mass):
    return math.floor(100 * braked_mass / train_mass)


def average_tonnes(wagons):
    return sum(wagon["tonnes"] for wagon in wagons) / len(wagons)


def hump_speed(tonnes):
    """Pushing speed in km/h: heavier cuts are pushed slower, never below 3."""
    if tonnes < 40:
        return 8
    if tonnes < 80:
        return 6
    return max(3, 6 - (tonnes - 80) // 20)


def demurrage(hours, rate_per_day):
    days = hours // 24
    return Decimal(days) * Decimal(rate_per_day)


def siding_charge(tonnes, rate):
    return (Decimal(str(tonnes)) * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fuel_surcharge(charge, percent):
    return charge * (1 + percent / 100)


def tracks_needed(wagons, track_capacity):
    return len(wagons) // track_capacity
