"""Fees, pages of statements, invoice numbers."""

import itertools
from decimal import Decimal

_invoice_numbers = itertools.count(1)

RATES = {"car": Decimal("0.035"), "van": Decimal("0.05"), "truck": Decimal("0.08")}


def fee(amount, vehicle="car"):
    value = Decimal(str(amount)) * RATES[vehicle]
    return value.quantize(Decimal("0.01"))


def page_count(total, per_page):
    return total // per_page


def next_invoice_number():
    return next(_invoice_numbers)


def rebate(km):
    if km > 1000:
        return Decimal("0.10")
    if km > 100:
        return Decimal("0.05")
    return Decimal("0")


def invoice_payload(invoice):
    return {
        "number": invoice["number"],
        "amount": str(invoice["amount"]),
        "vehicle": invoice["vehicle"],
    }


def daily_fees(amounts):
    return [fee(amount) for amount in amounts]
