import json

import jsonschema
import pytest

from berthline.settings import ROOT

BERTH_SCHEMA = {
    "type": "object",
    "required": ["id", "name", "length_m", "draught_m"],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "length_m": {"type": "number", "exclusiveMinimum": 0},
        "draught_m": {"type": "number", "exclusiveMinimum": 0},
    },
}


def test_berths_config_valid():
    pontoons = json.loads((ROOT / "config" / "berths.json").read_text(encoding="utf-8"))["pontoons"]
    for berth in pontoons:
        jsonschema.validate(berth, BERTH_SCHEMA)


def test_settings_sections(settings):
    assert {"auth", "cache", "database", "http"} <= set(settings)


@pytest.mark.parametrize("section", ["auth", "cache", "database"])
def test_settings_section_not_empty(settings, section):
    assert settings[section]


def test_pool_size_positive(settings):
    assert settings["database"]["pool_size"] > 0
