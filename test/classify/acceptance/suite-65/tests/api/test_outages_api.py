import pytest

from gridcall import api


@pytest.mark.parametrize("postcode", [f"AB{n} {n}XY" for n in range(1, 41)])
def test_report_outage(postcode):
    status, body = api.report_outage({"postcode": postcode})
    assert status == 201 and body["state"] == "reported"


def test_report_outage_needs_postcode():
    assert api.report_outage({})[0] == 400


@pytest.mark.parametrize("region,count", [("north", 3), ("south", 2), ("east", 1), ("west", 0)])
def test_feeders_by_region(region, count):
    status, body = api.feeders(region)
    assert status == 200 and len(body["feeders"]) == count


def test_unknown_region():
    assert api.feeders("central")[0] == 404


@pytest.mark.parametrize("number", range(1, 41))
def test_pages(number):
    items = list(range(1000))
    assert api.page(items, number)[0] == (number - 1) * 20


def test_last_page_short():
    assert len(api.page(list(range(50)), 3)) == 10
