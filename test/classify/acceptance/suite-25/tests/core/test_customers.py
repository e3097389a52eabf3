import asyncio
import os

import pytest

from rillmark import accounts, alerts, exports, zones

NORTH = [(0, 0), (0, 4), (3, 4), (3, 0)]


def test_parse_account():
    assert accounts.parse_account("RM-NO-100234")["zone"] == "NO"


def test_parse_account_with_spaces():
    assert accounts.parse_account(" RM-NO-100234 ")["number"] == "100234"


def test_valid_name():
    assert accounts.valid_name("Anne-Marie O'Neill")


def test_long_name_rejected_quickly():
    assert accounts.valid_name("a" * 40 + "!") is False


def test_zone_polygon():
    assert zones.zone_polygon(NORTH)["type"] == "Polygon"


def test_zone_feature_pressure():
    assert zones.zone_feature("north", NORTH, 3.5)["properties"]["pressure_bar"] == 3.5


def test_load_zones(zone_fixture):
    assert "north" in zones.load_zones(zone_fixture)


def test_alert_below_threshold_sends_nothing():
    assert alerts.raise_alert("M-1", 10) == []


def test_async_export(tmp_path):
    path = exports.write_readings(str(tmp_path / "r.csv"), [("M-1", 1.0)])
    assert os.path.exists(path)


@pytest.fixture
def export_folder(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    yield folder
    folder.rmdir()


def test_export_folder_receives_file(export_folder):
    path = exports.export_readings(str(export_folder / "r.csv"), [("M-1", 1.0)])
    assert os.path.getsize(path) > 0
