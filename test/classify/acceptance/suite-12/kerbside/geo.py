"""Distances, geofences (parking zones) and addresses."""
import json
from pathlib import Path

import httpx
from geopy.distance import geodesic
from shapely.geometry import Point, shape

from . import settings

ZONES_FILE = Path(__file__).parent.parent / "config" / "zones.geojson"


def distance_km(a, b):
    """a and b are vehicles or places with .lat and .lon."""
    return geodesic((a["lon"], a["lat"]), (b["lon"], b["lat"])).km


def zones():
    data = json.loads(ZONES_FILE.read_text())
    return {f["properties"]["name"]: shape(f["geometry"]) for f in data["features"]}


def zone_of(lat, lon):
    point = Point(lon, lat)
    for name, area in zones().items():
        if area.contains(point):
            return name
    raise ValueError(f"Unknown zone for {lat},{lon}")


def overlap_km2(a, b):
    areas = zones()
    return areas[a].intersection(areas[b]).area * 111 * 88


def address(lat, lon):
    response = httpx.get(f"{settings.GEOCODER_URL}/reverse", params={"lat": lat, "lon": lon}, timeout=2)
    response.raise_for_status()
    return response.json()["address"]
