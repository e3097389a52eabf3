"""Snapshots of the fleet's state, written to a scratch folder per module."""
import pytest

from gritline import exports


@pytest.fixture(autouse=True)
def scratch(tmp_path_factroy):
    return tmp_path_factroy.mktemp("snapshots")


def test_snapshot_sheets(tmp_path):
    assert exports.write_route_sheets(tmp_path, ["A61-north", "Ring-east"]) == 2


def test_snapshot_map(tmp_path):
    assert exports.write_map(tmp_path / "depot.png", [b"\x89PNG"]) == 4
