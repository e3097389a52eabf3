"""Distances, delivery zones and the zone graph."""

import math

EARTH_KM = 6371.0


def haversine_km(a, b):
    lat1, lon1 = a
    lat2, lon2 = b
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


ZONES = {
    "city-centre": ["docklands", "northside"],
    "docklands": ["city-centre", "ringsend"],
    "northside": ["city-centre"],
    "ringsend": ["docklands"],
}


def reachable(zone, seen=None):
    """Every zone reachable from zone through neighbouring zones."""
    seen = set() if seen is None else seen
    for neighbour in ZONES.get(zone, []):
        if neighbour != zone:
            seen.add(neighbour)
            reachable(neighbour, seen)
    return seen
