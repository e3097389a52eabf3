import datetime
from decimal import Decimal

# Annealing: hours per 6 mm of wall thickness, at least one hour.
def anneal_hours(wall_mm):
    return max(1, wall_mm // 6)


def batch_kilos(recipe, total):
    parts = sum(recipe.values())
    return {name: round(total * share / parts, 2) for name, share in recipe.items()}


def piece_price(base, hours):
    return Decimal(base) + hours * 42.5


def commission_open(deadline, today=None):
    today = today or datetime.date.today()
    return deadline >= today


def colour_name(code):
    names = {"C1": "cobalt", "A2": "amber", "R3": "ruby"}
    return names.get(code.upper(), "unknown")
