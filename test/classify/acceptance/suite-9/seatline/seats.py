"""Seat codes ("K14", "BAL-C7"), order references ("SL000123") and customer e-mail checks."""

import re

SEAT = re.compile(r"^(?:(?P<section>[A-Z]{3})-)?(?P<row>[A-Z]{1,2})(?P<number>[1-9][0-9]{0,2})$")
REFERENCE = re.compile(r"^SL[0-9]{6}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
SECTIONS = {"STL": "stalls", "CIR": "circle", "BAL": "balcony"}


def parse_seat(code):
    match = SEAT.match(code.strip().upper())
    if match is None:
        raise ValueError(f"not a seat code: {code!r}")
    section = SECTIONS[match["section"]] if match["section"] else "stalls"
    return section, match["row"], int(match["number"])


def row_index(row):
    index = 0
    for letter in row:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index


def is_reference(text):
    return bool(REFERENCE.match(text))


def is_email(text):
    return bool(EMAIL.match(text))


def adjacent(first, second):
    a, b = parse_seat(first), parse_seat(second)
    return a[:2] == b[:2] and abs(a[2] - b[2]) == 1
