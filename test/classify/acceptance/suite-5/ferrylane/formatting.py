"""Receipts in the customer's locale."""

import locale


def receipt_language() -> str:
    language, _ = locale.getdefaultlocale()
    return (language or "en_GB").split("_")[0]


def receipt_line(name: str, amount: str) -> str:
    return f"{name:<20}{amount:>10}"
