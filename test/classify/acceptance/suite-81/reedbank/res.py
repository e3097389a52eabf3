"""Files, locales, zones and tools: supplier sheets, invoices, delivery windows, delivery notes as PDF."""
import csv
import datetime as dt
import locale
import os
import subprocess
import zoneinfo
from pathlib import Path


def read_supplier_sheet(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def format_amount(amount, locale_name):
    previous = locale.setlocale(locale.LC_NUMERIC)
    locale.setlocale(locale.LC_NUMERIC, locale_name)
    try:
        return locale.format_string("%.2f", amount, grouping=True)
    finally:
        locale.setlocale(locale.LC_NUMERIC, previous)


def local_window(zone_name, day, hour_from, hour_to):
    zone = zoneinfo.ZoneInfo(zone_name)
    start = dt.datetime.combine(day, dt.time(hour_from), tzinfo=zone)
    end = dt.datetime.combine(day, dt.time(hour_to), tzinfo=zone)
    return start.astimezone(dt.timezone.utc), end.astimezone(dt.timezone.utc)


def render_delivery_note(html, target):
    subprocess.run(["wkhtmltopdf", "--quiet", "-", str(target)], input=html.encode(), check=True, timeout=30)
    return Path(target)


def write_export(folder, name, rows):
    path = Path(folder) / name
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows(rows)
    return path


def rotate(folder, keep):
    files = sorted(Path(folder).glob("*.log"), key=os.path.getmtime)
    for old in files[:-keep]:
        old.unlink()
    return [path.name for path in files[-keep:]]


def bundle_weight_kg(bundles, kg_per_bundle=4.5):
    return round(bundles * kg_per_bundle)
