"""Prices: fractional and decimal odds, overround, stakes and returns."""
import codecs
import datetime
import decimal
from fractions import Fraction

import mimeparse
import simplejson
from pyrsistent import pmap

MONEY = decimal.Context(prec=12, traps=[decimal.Inexact, decimal.InvalidOperation, decimal.DivisionByZero])


def fractional_to_decimal(text):
    """'5/2' -> 3.5 (the stake comes back too)."""
    num, den = text.split("/")
    return float(Fraction(int(num), int(den)))


def decimal_to_fractional(price):
    frac = Fraction(price).limit_denominator(100)
    return f"{frac.numerator}/{frac.denominator}"


def overround(prices):
    return sum(1 / p for p in prices) - 1


def implied_margin(market):
    prices = [runner["price"] for runner in market["runners"] if not runner.get("withdrawn")]
    return round(sum(1 / p for p in prices) / len(prices) - 1 / len(prices), 4)


def payout(stake, price):
    """Return for a winning single, in pence, exact or refused."""
    return MONEY.multiply(decimal.Decimal(stake), decimal.Decimal(str(price))).quantize(decimal.Decimal("0.01"), context=MONEY)


def each_way_return(stake, price, places_fraction):
    win = decimal.Decimal(stake) * decimal.Decimal(str(price))
    place = MONEY.divide(decimal.Decimal(stake) * (decimal.Decimal(str(price)) - 1), decimal.Decimal(places_fraction)) + decimal.Decimal(stake)
    return win + place


def accumulator(prices):
    total = 1
    for price in prices:
        total *= price
    return round(total, 2)


def apply_boost(book, selection, boost):
    book[selection] = book[selection] * (1 + boost)
    return book


def frozen_book(prices):
    return pmap(prices)


def decode_provider_csv(raw):
    return codecs.decode(raw, "utf-8")


def negotiate(accept):
    return mimeparse.best_match(["application/json", "application/cbor"], accept)


def snapshot_json(book):
    return simplejson.dumps({"selections": book["selections"], "suspended": book["suspended"]})


def kick_off_in(kick_off, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return (kick_off - now).total_seconds()


def favourite(market):
    return min(market["runners"], key=lambda runner: runner["price"])["name"]


def runner_price(market, name):
    return {runner["name"]: runner["price"] for runner in market["runners"]}[name]
