"""Fares: zones crossed, the fare table, concessions, daily caps."""
from decimal import Decimal

ZONE_OF = {f"S{n:02d}": 1 + (n - 1) // 5 for n in range(1, 31)}
FARE = {1: Decimal("1.80"), 2: Decimal("2.40"), 3: Decimal("3.10"), 4: Decimal("3.70"), 5: Decimal("4.20"), 6: Decimal("4.60")}
CONCESSION = {"adult": 1.0, "child": 0.5, "senior": 0.0}
DAILY_CAP = Decimal("6.50")


def zones_crossed(origin, destination):
    return abs(ZONE_OF[origin] - ZONE_OF[destination])


def fare(origin, destination):
    return FARE[zones_crossed(origin, destination)]


def concession_fare(origin, destination, kind):
    return FARE[1 + zones_crossed(origin, destination)] * CONCESSION[kind]


def capped(total):
    return min(Decimal(total), DAILY_CAP)
