"""Files and the host: the spool, exports, photos of pans, batches, labels."""
import csv
import itertools
import locale
import os
from decimal import Decimal
from pathlib import Path

from brinewell import settings


class PayloadTooLarge(Exception):
    pass


def spool():
    return Path(settings.env("BRINEWELL_SPOOL"))


def write_export(name, rows):
    path = spool() / name
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def batches(items, size):
    return [list(b) for b in itertools.batched(items, size)]


def format_kg(value):
    locale.setlocale(locale.LC_NUMERIC, "sv_SE.UTF-8")
    return locale.format_string("%.1f", value, grouping=True)


def accept_photo(data):
    limit = settings.service()["files"]["max_upload_kb"] * 1024
    if len(data) > limit:
        raise PayloadTooLarge(f"{len(data)} bytes over the limit of {limit}")
    return len(data)


def retention_days():
    return settings.limits()["retention_days"]


def price_total(prices):
    return sum(prices)


def price_total_exact(prices):
    return sum(Decimal(str(p)) for p in prices)


def label_printer():
    return settings.env("BRINEWELL_PRINTER")


def log_folder():
    folder = Path(os.environ.get("BRINEWELL_LOG_DIR", "/var/log/brinewell"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
