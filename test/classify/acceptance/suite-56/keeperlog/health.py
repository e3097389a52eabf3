"""Health checks recorded by the vets."""
from typing import Optional

from pydantic import BaseModel


class HealthCheck(BaseModel):
    animal_id: str
    weight_kg: float
    temperature_c: float
    notes: Optional[str] = None


def from_tablet(payload):
    return HealthCheck(
        animal_id=payload["animal"],
        weight_kg=payload.get("weight"),
        temperature_c=payload["temperature"],
        notes=payload.get("notes"),
    )


def body_condition(weight_kg, ideal_kg):
    ratio = weight_kg / ideal_kg
    if ratio < 0.85:
        return "thin"
    if ratio > 1.15:
        return "heavy"
    return "ideal"
