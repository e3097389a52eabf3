"""Matching settlements against ledger payments, fees and currency conversion."""
from decimal import ROUND_HALF_EVEN, Decimal

import numpy as np
import xarray as xr


def to_minor(amount, exponent=2):
    return int((Decimal(str(amount)) * 10**exponent).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def interchange_fee(amount_minor, rate_bps):
    # scheme fees are rounded half up to the minor unit
    return to_minor(Decimal(amount_minor) * Decimal(rate_bps) / 10000 / 100)


def convert(amount, rate):
    return round(amount * rate, 2)


def match(settlements, payments):
    by_ref = {p["reference"]: p for p in payments}
    matched, unmatched = [], []
    for item in settlements:
        payment = by_ref.get(item["reference"].strip().upper())
        if payment and payment["amount_minor"] == item["amount_minor"]:
            matched.append((item["id"], payment["id"]))
        else:
            unmatched.append(item["id"])
    return matched, unmatched


def net_by_day(settlements):
    totals = {}
    for item in settlements:
        totals[item["day"]] = totals.get(item["day"], 0) + item["amount_minor"] - item["fee_minor"]
    return totals


def variance(ledger_series, bank_series):
    ledger = xr.DataArray(np.array(ledger_series[1]), coords={"day": ledger_series[0]}, dims="day")
    bank = xr.DataArray(np.array(bank_series[1]), coords={"day": bank_series[0]}, dims="day")
    ledger, bank = xr.align(ledger, bank, join="exact")
    return (ledger - bank).values.tolist()


def chargeback_ratio(chargebacks, settled):
    return len(chargebacks) / len(settled)
