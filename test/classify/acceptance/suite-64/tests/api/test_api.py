import json

import pytest

from tramyard import api


@pytest.mark.parametrize(("origin", "destination"), [("S01", "S09"), ("S02", "S22"), ("S05", "S30")])
def test_fare_view(origin, destination):
    assert json.loads(api.fare_view({"from": origin, "to": destination}))["fare"]


@pytest.mark.parametrize("line", ["L1", "L2", "L3", "L4", "L5"])
def test_line_view(line):
    assert api.line_view(line)["line"] == line


def test_night_line_view():
    assert api.night_line_view("N1")["headway"] == 30


@pytest.mark.parametrize("tram", [f"T{n:02d}" for n in range(1, 61, 6)])
def test_tram_view(tram):
    assert api.tram_view(tram)["depot"] in {"north", "south"}


def test_tram_view_depot(tram_number):
    assert api.tram_view(f"T{tram_number}")["depot"] == "north"
