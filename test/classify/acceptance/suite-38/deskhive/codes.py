"""Desk codes printed on the desks: site letter, floor digit, desk number."""
import re

_CODE = re.compile(r"^([A-Z])(\d)-(\d{2})$")


def parse(code):
    site, floor, desk = _CODE.match(code).groups()
    return site, int(floor), int(desk)


def format_code(site, floor, desk):
    return f"{site}{floor}-{desk:02d}"
