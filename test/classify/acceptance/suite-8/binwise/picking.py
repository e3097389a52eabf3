"""Choosing what to pick: lots, devices, collections."""
import datetime
import ipaddress
import uuid


def pick_lot(lots):
    """First expiry, first out: the lot that expires soonest is picked first."""
    return min(lots, key=lambda lot: lot["received"])["lot"]


def pallet_id(scan):
    return uuid.UUID(scan.strip())


def device_order(devices):
    """Handheld scanners in address order, as the floor's network map lists them."""
    return [device["name"] for device in sorted(devices, key=lambda device: ipaddress.ip_address(device["ip"]))]


def book_collection(carrier, day, today=None):
    today = today or datetime.date.today()
    if day < today:
        raise ValueError(f"collection date {day.isoformat()} is in the past")
    return {"carrier": carrier, "day": day.isoformat()}


def check_digit(digits):
    """GS1 mod-10 check digit of an SSCC or GTIN body."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10
