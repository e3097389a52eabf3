"""The hotels' pickup notes as their booking system sends them."""
from pydantic import BaseModel


class Pickup(BaseModel):
    hotel: str
    bags: int
    floor: int


def from_hotel(payload):
    return Pickup(hotel=payload["hotel"], bags=payload["bag_count"], floor=payload.get("floor"))
