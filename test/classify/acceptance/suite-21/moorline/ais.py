"""AIS position reports: building, validating, querying and publishing them."""
import re
from decimal import Decimal

import jsonschema
import orjson
from jsonpath_ng import parse

from moorline import settings

POSITION_SCHEMA = {
    "type": "object",
    "required": ["mmsi", "lat", "lon", "sog", "heading"],
    "properties": {
        "mmsi": {"type": "string", "pattern": "^[0-9]{9}$"},
        "lat": {"type": "number", "minimum": -90, "maximum": 90},
        "lon": {"type": "number", "minimum": -180, "maximum": 180},
        "sog": {"type": "number", "minimum": 0},
        "heading": {"type": "integer", "minimum": 0, "maximum": 359},
    },
}


def position_report(mmsi, lat, lon, sog, cog):
    report = {"mmsi": mmsi, "lat": lat, "lon": lon, "sog": sog}
    if cog is not None:
        report["cog"] = cog
    jsonschema.validate(report, POSITION_SCHEMA)
    return report


def deep_vessels(document):
    return [m.value for m in parse("$.vessels[?(@.draft > 3)]").find(document)]


def publish(report):
    return orjson.dumps(report)


def mid_of(mmsi):
    match = re.match(settings.MMSI_PATTERN, mmsi)
    return match.group("mid")


def speed_over_ground(report):
    return Decimal(str(report["sog"]))
