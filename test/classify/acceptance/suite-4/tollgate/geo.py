"""Toll zones by position (needs the optional 'geo' extra)."""

from shapely.geometry import Point, Polygon

ZONES = {"centre": Polygon([(0, 0), (0, 10), (10, 10), (10, 0)])}


def zone_for(lon, lat):
    point = Point(lon, lat)
    for name, polygon in ZONES.items():
        if polygon.contains(point):
            return name
    return None
