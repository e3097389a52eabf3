import configparser
import json
import tomllib
import yaml
import zoneinfo
import locale
from decimal import Decimal


def section(text, name):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return parser.get(name, "url")


def interpolated(text):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return parser.get("db", "url")


def zone(key):
    return zoneinfo.ZoneInfo(key)


def set_locale(name):
    return locale.setlocale(locale.LC_ALL, name)


def amount(text):
    return Decimal(text)


def quantize(value):
    from decimal import localcontext, InvalidOperation
    with localcontext() as ctx:
        ctx.prec = 3
        return Decimal(value).quantize(Decimal("0.01"))
