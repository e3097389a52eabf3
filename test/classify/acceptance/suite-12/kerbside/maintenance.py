"""Servicing windows per zone, from config/maintenance.ini."""
import configparser
from datetime import datetime
from pathlib import Path

from croniter import croniter

CONFIG = Path(__file__).parent.parent / "config" / "maintenance.ini"


def _load():
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    return {zone: croniter(expr, datetime(2026, 1, 1)) and expr for zone, expr in parser["windows"].items()}


WINDOWS = _load()


def next_window(zone, after):
    return croniter(WINDOWS[zone], after).get_next(datetime)
