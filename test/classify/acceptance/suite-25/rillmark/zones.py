"""Pressure zones as GeoJSON polygons (geojson)."""

import geojson


def zone_polygon(corners):
    # A linear ring must end where it starts; the corners are the zone's outline.
    ring = [list(c) for c in corners]
    polygon = geojson.Polygon([ring])
    if not polygon.is_valid:
        raise ValueError(f"zone outline is not a valid polygon: {polygon.errors()}")
    return polygon


def zone_feature(name, corners, pressure_bar):
    return geojson.Feature(geometry=zone_polygon(corners), properties={"name": name, "pressure_bar": pressure_bar})


def load_zones(text):
    collection = geojson.loads(text)
    return {f["properties"]["name"]: f for f in collection["features"]}
