"""Tariffs and prices."""

import functools
from pathlib import Path

import toml

DEFAULT_CURRENCY = "EUR"
SYMBOLS = {"EUR": "€", "GBP": "£"}
RATES = {"STANDARD": 0.32, "NIGHT": 0.21, "EV": 0.24}
_store = {"M-1": "STANDARD", "M-2": "NIGHT"}


def price_label(kwh, tariff="STANDARD"):
    return f"{SYMBOLS[DEFAULT_CURRENCY]}{kwh * RATES[tariff]:.2f}"


def rate_for(tariff):
    return RATES[tariff]


def average_power(readings, window_minutes):
    inside = [r for r in readings if r["minute"] < window_minutes]
    return sum(r["w"] for r in inside) / len(inside)


def load_tariff_file(path=None):
    path = path or Path(__file__).with_name("tariffs.toml")
    return toml.load(path)


def assign(meter, tariff):
    _store[meter] = tariff


@functools.lru_cache(maxsize=256)
def tariff_for(meter):
    return _store[meter]
