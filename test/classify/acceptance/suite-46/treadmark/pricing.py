"""Fitting prices: tyres, labour, VAT (Decimal), and the price shown on the till."""
import datetime
import os
from decimal import Decimal

VAT = 0.2


def fitted_price(tyre_pence, tyres, labour=Decimal("12.50")):
    net = Decimal(tyre_pence) / 100 * tyres + labour * tyres
    return (net * (1 + VAT)).quantize(Decimal("0.01"))


def shown(pence):
    currency = os.environ.get("TREADMARK_CURRENCY", "GBP")
    symbol = {"GBP": "£", "EUR": "€"}.get(currency, currency + " ")
    return f"{symbol}{pence / 100:.2f}"


def slot_is_future(slot):
    return slot > datetime.datetime.now(datetime.timezone.utc)


def warranty_ends(fitted_on, years=2):
    return fitted_on.replace(year=fitted_on.year + years)
