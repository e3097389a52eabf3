"""The membership plans shipped in etc/plans.ini."""
import configparser
import os

_parser = configparser.ConfigParser()
_parser.read(os.path.join(os.path.dirname(__file__), "..", "etc", "plans.ini"))
PLANS = {name: dict(_parser[name]) for name in _parser.sections()}


def describe(name):
    return PLANS[name]["summary"]
