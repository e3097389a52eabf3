"""Prices of jars and drums for buyers."""
import decimal
import math

VAT = 0.2
JARS_PER_CASE = 12


def with_vat(net):
    return (net * (1 + VAT)).quantize(decimal.Decimal("0.01"))


def cases_needed(jars):
    return jars // JARS_PER_CASE


def drum_weight_kg(jars, grams=340):
    total = 0.0
    for _ in range(jars):
        total += grams / 1000
    return total


def wholesale_pence(kind, jars):
    base = {"heather": 620, "clover": 450, "lime": 500}[kind]
    discount = 0.1 if jars >= 120 else 0.0
    return math.floor(base * jars * (1 - discount))
