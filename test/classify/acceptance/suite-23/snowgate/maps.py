"""Piste map coordinates: GPS positions of patrol radios onto the resort's map grid."""
from pyproj import Transformer

from snowgate import settings


def to_map(lon: float, lat: float) -> tuple[float, float]:
    transformer = Transformer.from_crs(settings.GPS_CRS, settings.PISTE_MAP_CRS, always_xy=True)
    return transformer.transform(lon, lat)


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
