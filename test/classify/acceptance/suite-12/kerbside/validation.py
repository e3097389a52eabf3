"""Validation of vehicles reported by the onboarding app (cerberus)."""
from cerberus import Validator

VEHICLE = {
    "plate": {"type": "string", "regex": "^[0-9A-Z]{3}-[0-9]{3}$", "required": True},
    "model": {"type": "string", "required": True},
    "seats": {"type": "integer", "min": 2, "max": 9},
    "battery_kwh": {"type": "integer", "min": 10},
}


def validator():
    return Validator(VEHICLE)
