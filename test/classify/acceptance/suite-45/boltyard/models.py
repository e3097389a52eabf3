"""Payloads from the supplier and the telematics feed (pydantic 1.10)."""
from typing import Optional

from pydantic import BaseModel


class MeterReading(BaseModel):
    machine: str
    hours: float
    fuel_percent: int
    latitude: float
    longitude: float
    fault_code: Optional[str]


def reading_from(payload):
    return MeterReading(**payload)
