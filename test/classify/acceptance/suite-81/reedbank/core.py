"""Orders, price lists and settings merging."""
import collections
import json
from decimal import ROUND_HALF_UP, Decimal

import yaml

SPECIES = {"water-reed": Decimal("3.10"), "long-straw": Decimal("2.40"), "sedge": Decimal("2.95")}


def price(species, bundles):
    return (SPECIES[species] * bundles).quantize(Decimal("0.01"), ROUND_HALF_UP)


def load_price_list(text):
    return yaml.load(text)


def parse_order(body):
    return json.loads(body, encoding="utf-8")


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, collections.Mapping) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def vat(amount):
    return (Decimal(amount) * Decimal("0.2")).quantize(Decimal("0.01"), ROUND_HALF_UP)


def bundles_for(area_m2, per_m2=7):
    return int(area_m2 * per_m2)


def order_total(lines):
    net = sum((price(species, n) for species, n in lines), Decimal("0"))
    return net + vat(net)
