"""Receipts for customers and monthly exports for accounting."""

import csv
import os
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_currency

from hotbox.settings import load


@dataclass
class Receipt:
    order_id: int
    restaurant: str
    total: Decimal
    currency: str = "EUR"


def render(receipt, locale=None):
    settings = load()
    amount = format_currency(receipt.total, receipt.currency, locale=locale or settings.locale)
    return f"Order {receipt.order_id} from {receipt.restaurant}: {amount}"


def store(receipt, folder=None):
    folder = folder or load().receipts_dir
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{receipt.order_id}.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(receipt))
    return path


def export_month(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["order_id", "restaurant", "total", "currency", "note"])
        for row in rows:
            writer.writerow(row)
    return path


class ReceiptSpool:
    """Keeps one open file per order until the batch is flushed to the printer service."""

    def __init__(self, folder):
        self.folder = folder
        self.files = []

    def add(self, receipt):
        handle = open(os.path.join(self.folder, f"{receipt.order_id}.txt"), "w", encoding="utf-8")
        handle.write(render(receipt))
        self.files.append(handle)

    def flush(self):
        for handle in self.files:
            handle.close()
        self.files.clear()
