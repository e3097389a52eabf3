"""Timed-entry tickets: prices, concessions and the QR code the gates scan."""
import datetime
from decimal import Decimal

import qrcode

from vitrine import settings
from vitrine.errors import BookingError

ADULT = Decimal("14.50")
CONCESSION_RATE = 0.5


def price(age, special_exhibition=False):
    base = ADULT
    if age < 18 or age > 65:
        base = base * CONCESSION_RATE
    if special_exhibition:
        base += Decimal("6.00")
    return base


def is_child(age):
    return age < 12


def qr_code(payload):
    code = qrcode.QRCode(version=settings.TICKET_QR_VERSION, error_correction=qrcode.constants.ERROR_CORRECT_H)
    code.add_data(payload)
    code.make(fit=False)
    return code.modules_count


def book(slot, today=None):
    today = today or datetime.date.today()
    if slot.date() < today:
        raise BookingError(f"cannot book {slot:%Y-%m-%d %H:%M}: that slot has passed")
    return {"slot": slot.isoformat(), "code": f"T{slot:%Y%m%d%H%M}"}
