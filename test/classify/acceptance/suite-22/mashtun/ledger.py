"""The cellar ledger: what was brewed, packaged and poured, per batch."""
from decimal import Decimal

_registry = []


def register_batch(batch_id):
    _registry.append(batch_id)
    return len(_registry)


def registered():
    return list(_registry)


def loss_pct(brewed_l, packaged_l):
    return Decimal(brewed_l - packaged_l) / Decimal(brewed_l) * 100


def pours(kegs):
    return sum(keg["litres"] for keg in kegs) / 0.568
