"""Depot geofences, read once from config/geofences.json when the module is imported."""
import json
import math
from pathlib import Path

GEOFENCES = json.loads((Path(__file__).parent.parent / "config" / "geofences.json").read_text())


def depot_at(lat, lon):
    for depot in GEOFENCES["depots"]:
        dy = (lat - depot["lat"]) * 111_000
        dx = (lon - depot["lon"]) * 111_000 * math.cos(math.radians(lat))
        if math.hypot(dx, dy) <= depot["radius_m"]:
            return depot["name"]
    return None
