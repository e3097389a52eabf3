"""Prices, co-payments and receipts."""
import json
from datetime import datetime, timezone
from decimal import Decimal

VAT = 0.2


def with_vat(net):
    return net * (1 + VAT)


def copay(price: Decimal, exempt: bool) -> Decimal:
    return Decimal("0.00") if exempt else min(price, Decimal("9.90"))


def receipt_json(lines):
    return json.dumps({"lines": lines, "total": sum(line["price"] for line in lines)})


def is_expired(prescription, now=None):
    now = now or datetime.now(timezone.utc)
    return prescription["valid_until"] < now
