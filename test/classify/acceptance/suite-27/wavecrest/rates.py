"""Advertising rate bands, from the shipped rate card."""
import csv
from pathlib import Path

from jaraco.collections import RangeMap


def _load():
    bands = {}
    with open(Path(__file__).parent / "data" / "rate_bands.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            bands[int(row["start_minute"])] = (row["band"], int(row["pence_per_second"]))
    return RangeMap.left(bands)


BANDS = _load()


def band_at(minute):
    return BANDS[minute][0]


def spot_price_pence(minute, seconds):
    return BANDS[minute][1] * seconds
