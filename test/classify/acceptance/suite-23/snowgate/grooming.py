"""Night grooming plan, read from the shipped routes file when the module is imported."""
import pathlib

import yaml

ROUTES = yaml.safe_load((pathlib.Path(__file__).parent / "data" / "grooming.yaml").read_text())["routes"]


def machine_hours(speed_kmh: float, length_km: dict) -> float:
    return sum(length_km[route["piste"]] * route["passes"] / speed_kmh for route in ROUTES)
