import pytest

from racebib import api


@pytest.mark.parametrize("runner", [f"Runner {n}" for n in range(30)])
def test_create_entry(runner):
    status, body = api.create_entry({"runner": runner, "distance": "marathon"})
    assert status == 201 and body["runner"] == runner


def test_create_entry_without_runner():
    assert api.create_entry({})[0] == 422


def test_get_missing_entry():
    assert api.get_entry(1)[0] == 404


@pytest.mark.parametrize("page", range(1, 11), ids=lambda n: f"page-{n}")
def test_list_entries_pagination(page):
    status, body = api.list_entries(page)
    assert status == 200 and body["page"] == page


@pytest.mark.parametrize("age,category", [(30, "FSEN"), (18, "FU20"), (47, "F45"), (55, "F55"), (62, "F60")])
def test_quote(age, category):
    assert api.quote(age)[1]["category"] == category


def test_health():
    assert api.health() == (200, {"status": "ok"})
