"""Seat codes printed on tickets: row letter and seat number."""
import string


def code(row, seat):
    return f"{string.ascii_uppercase[row]}{seat}"


def parse(text):
    return string.ascii_uppercase.index(text[0]), int(text[1:])
