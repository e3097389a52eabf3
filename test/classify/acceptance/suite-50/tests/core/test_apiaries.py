import pytest

from combwright import apiaries


@pytest.fixture(scope="module")
def listed():
    return apiaries.load()


def test_heather_hill_listed(listed):
    assert listed["heather-hill"]["hives"] == 24


def test_every_apiary_has_hives(listed):
    assert all(entry["hives"] > 0 for entry in listed.values())
