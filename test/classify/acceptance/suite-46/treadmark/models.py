"""The booking aggregator's payloads (pydantic 1.10)."""
import datetime

import pydantic


class Vehicle(pydantic.BaseModel):
    plate: str
    tyre_size: str


class Booking(pydantic.BaseModel):
    ref: str
    depot: str
    slot: datetime.datetime
    vehicle: Vehicle
    tyres: int


def from_aggregator(payload):
    return Booking(ref=payload["reference"], depot=payload["depot"], slot=payload["slot"],
                   vehicle={"plate": payload["vehicle"]["registration"]}, tyres=payload["tyres"])
