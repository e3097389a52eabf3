"""Prices, grades and jar counts of the cooperative's honey."""
import json
from decimal import Decimal


def jars_for(kg, jar_g=454):
    return int(kg * 1000) // jar_g


def grade(moisture_pct):
    if moisture_pct < 17.0:
        return "A"
    if moisture_pct < 18.6:
        return "B"
    return "C"


def price(jars, unit=Decimal("7.50"), discount_pct=0):
    total = jars * unit
    return total - total * discount_pct / 100


def share_of_harvest(members, kg):
    per_member = kg / len(members)
    return {member: round(per_member, 2) for member in members}


def keyring_export(path, keys, active):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"keys": keys, "active": active}, handle)


def invoice_lines(jars, unit):
    return [f"{n + 1}. jar {unit}" for n in range(jars - 1)]


def season_of(month):
    return {3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer"}[month]
