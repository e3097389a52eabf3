"""Pool water chemistry: chlorine and pH from the plant room."""
from dataclasses import dataclass
from typing import Optional

import pydantic
import requests

from lapwater import settings

FREE_CHLORINE = (1.0, 3.0)
PH = (7.2, 7.6)


class Reading(pydantic.BaseModel):
    pool: str
    chlorine: float
    ph: float
    temperature: float


def safe(reading):
    return FREE_CHLORINE[0] <= reading.chlorine <= FREE_CHLORINE[1] and PH[0] <= reading.ph <= PH[1]


def mean(values):
    return sum(values) / len(values)


def dose_litres(volume_m3, current, target, strength=0.125):
    return max(0.0, (target - current) * volume_m3 / (strength * 1000))


def latest(pool):
    response = requests.get(f"{settings.CHEMISTRY_FEED}/pools/{pool}/latest", timeout=settings.TIMEOUT)
    response.raise_for_status()
    return Reading(**response.json())


@dataclass
class Alarm:
    pool: str
    reason: str
    level: Optional[float] = None


def alarms(readings):
    out = []
    for r in readings:
        if r.chlorine < FREE_CHLORINE[0]:
            out.append(Alarm(r.pool, "low chlorine", r.chlorine))
        if r.ph > PH[1]:
            out.append(Alarm(r.pool, "high pH", r.ph))
    return out


def from_probe(raw):
    return Reading(pool=raw["pool"], chlorine=raw.get("free_cl"), ph=raw["ph"], temperature=raw["temp"])
