"""Spread rates: grams of salt per square metre, by road class and forecast."""
from decimal import ROUND_HALF_EVEN, Decimal

BASE_RATE = {"A": 20, "B": 15, "C": 10, "U": 8}
LANE_WIDTH_M = 3.65


def rate_for(road_class, surface_c):
    rate = BASE_RATE[road_class]
    if surface_c < -5:
        rate *= 2
    return rate


def salt_tonnes(length_km, lanes, rate_g_m2):
    grams = length_km * 1000 * lanes * LANE_WIDTH_M * rate_g_m2
    return float(Decimal(grams / 1_000_000).quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN))


def rate_per_lane_km(tonnes, segments):
    """Average tonnes per lane-km over (length_km, lanes) segments."""
    return tonnes / sum(length * lanes for length, lanes in segments)


def brine_litres(tonnes, concentration=0.23):
    return tonnes * 1000 * (1 - concentration) / concentration
