"""Monthly exports: CSV to the export share, spooling, merged shards, rendered invoices."""

import csv
import heapq
import os

from tollgate import settings

ROW_BYTES = 512


def build_export(rows):
    buffer = bytearray(rows * ROW_BYTES)
    for index in range(0, len(buffer), ROW_BYTES):
        buffer[index] = 0x2C
    return buffer


def spool(records, path=None):
    path = path or settings.SPOOL_PATH
    with open(path, "w") as handle:
        for record in records:
            handle.write(",".join(map(str, record)) + "\n")


def write_month(month, rows, directory=None):
    directory = directory or settings.EXPORT_DIR
    path = os.path.join(directory, f"{month}.csv")
    with open(path, "w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def merge_shards(paths):
    handles = [open(path) for path in paths]
    try:
        return sum(1 for _ in heapq.merge(*handles))
    finally:
        for handle in handles:
            handle.close()


def render_invoice(invoice):
    path = os.path.join(settings.TEMPLATES_DIR, "invoice.html")
    with open(path) as handle:
        template = handle.read()
    return template.format(**invoice)
