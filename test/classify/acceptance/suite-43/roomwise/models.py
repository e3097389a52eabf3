"""The channel manager's bookings (pydantic 1.10)."""
from typing import List

from pydantic import BaseModel


class ChannelBooking(BaseModel):
    id: str
    rooms: List[str]
    arrival: str


def booking_from(payload):
    return ChannelBooking.parse_obj(payload)
