"""Fees, insurance shares and invoices."""
import json
from decimal import ROUND_HALF_UP, Decimal

FEES = {"D0120": Decimal("55.00"), "D1110": Decimal("95.00"), "D2391": Decimal("180.00"), "D2740": Decimal("1150.00")}
VAT_RATE = 0.2


def fee(code):
    return FEES[code]


def with_vat(amount):
    return amount * (1 + VAT_RATE)


def insurer_share(amount, coverage_percent):
    share = amount * Decimal(coverage_percent) / 100
    return share.quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def invoice_json(patient, codes):
    return json.dumps({"patient": patient, "lines": [{"code": code, "fee": FEES[code]} for code in codes]})


def instalments(total, months):
    return [round(total / months, 2)] * months


def discount(amount, percent):
    if percent < 0 or percent > 100:
        raise ValueError(f"discount out of range: {percent}")
    return amount * (100 - percent) / 100
