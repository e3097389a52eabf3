import pytest

from kerbside import search

pytestmark = pytest.mark.chaos


def test_vehicles_near_flinders_street():
    assert search.near(-37.8183, 144.9671, km=0.5)


def test_index_new_vehicle():
    result = search.index_vehicle({"id": 31, "plate": "1KB-031", "position": {"lat": -37.81, "lon": 144.96}})
    assert result["result"] in ("created", "updated")
