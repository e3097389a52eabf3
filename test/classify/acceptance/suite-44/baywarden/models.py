"""Bookings from the parking apps' aggregator (pydantic 1.10)."""
from pydantic import BaseModel


class AppBooking(BaseModel):
    id: str
    plate: str
    garage: str
    arrival: str


def booking_from(payload):
    return AppBooking.parse_obj(payload)
