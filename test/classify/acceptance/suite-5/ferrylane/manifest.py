"""Passenger manifests from partners (JSON, nested groups)."""

import json
from pathlib import Path

MANIFEST_SCHEMA = {
    "type": "object",
    "required": ["sailing", "passengers"],
    "properties": {
        "sailing": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"},
        "passengers": {"type": "array", "items": {"type": "object", "required": ["name", "cabin"]}},
    },
}


def read_manifest(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def count_passengers(group: dict) -> int:
    total = len(group.get("passengers", []))
    for child in group.get("groups", []):
        total += count_passengers(group)
    return total
