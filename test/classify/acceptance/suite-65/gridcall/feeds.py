"""The SCADA gateway, the smart meters' last-gasp feed and the outage map's publisher."""
import requests

from gridcall import settings


def scada_breakers():
    return requests.get(f"{settings.SCADA_URL}/breakers", timeout=2).json()


def meter(meter_id):
    return requests.get(f"{settings.METERS_URL}/meters/{meter_id}", timeout=1.5).json()


def publish_map(updates, faults):
    published = 0
    for update in updates:
        faults.maybe_fail("outage-map")
        published += 1
    return published
