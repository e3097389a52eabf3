"""Salt yields, grades and prices."""
from brinewell import settings

GRADES = {"flake": 3.2, "fine": 1.1, "coarse": 0.8}


def yield_kg(brine_litres, salinity_pct):
    return round(brine_litres * salinity_pct / 100, 2)


def grade_price(grade, kg):
    return round(GRADES[grade] * kg, 2)


def evaporation_days(depth_mm, rate_mm_per_day):
    return depth_mm // rate_mm_per_day


def order_price(grade, kg):
    price = GRADES[grade] * kg
    if settings.flags().get("new_pricing"):
        price = price * 1.15
    return round(price, 2)


def bulk_discount(kg):
    if kg > 1000:
        return 0.1
    if kg > 100:
        return 0.05
    return 0.0
