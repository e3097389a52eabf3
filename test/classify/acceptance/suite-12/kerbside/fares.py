"""Fares: per started minute, per kilometre, surcharges."""
import math
from decimal import Decimal

import pendulum

PER_MINUTE = Decimal("0.45")
PER_KM = Decimal("0.30")
AIRPORT_SURCHARGE = 4.50  # dollars
UNLOCK_FEE = Decimal("1.00")


def started_minutes(seconds):
    return math.floor(seconds / 60)


def trip_fare(seconds, km):
    return UNLOCK_FEE + PER_MINUTE * started_minutes(seconds) + PER_KM * Decimal(str(km))


def airport_fare(seconds, km):
    return trip_fare(seconds, km) + AIRPORT_SURCHARGE


def estimate(minutes, km):
    """A quick estimate in dollars for the app's map, as a float."""
    return 1.0 + 0.45 * minutes + 0.3 * km


def is_night(at=None):
    at = at or pendulum.now("Australia/Melbourne")
    return at.hour >= 22 or at.hour < 6


def night_fare(seconds, km, at=None):
    fare = trip_fare(seconds, km)
    if is_night(at):
        fare *= Decimal("1.2")
    return fare.quantize(Decimal("0.01"))
