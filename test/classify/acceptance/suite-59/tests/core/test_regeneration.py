import datetime

import pytest

from seedvault import regeneration


@pytest.mark.parametrize("seeds,viability,expected", [(1000, 90, True), (5000, 90, False), (5000, 70, True),
                                                      (1500, 75, False)])
def test_needs_regeneration(seeds, viability, expected):
    assert regeneration.needs_regeneration(seeds, viability) is expected


def test_plan_due_a_year_later():
    plan = regeneration.plan("SV-2025-00007", 1200, 81.5, datetime.date(2025, 4, 1))
    assert plan.due == datetime.date(2026, 4, 1)


def test_plan_for_untested_accession():
    record = {"accession": "SV-2026-00009", "seeds": 900, "viability": None, "tested_on": datetime.date(2026, 2, 1)}
    plan = regeneration.plan(record["accession"], record["seeds"], record["viability"], record["tested_on"])
    assert plan.accession == "SV-2026-00009"


def test_overdue():
    plans = [regeneration.plan("SV-2024-00001", 100, 50.0, datetime.date(2024, 1, 1)),
             regeneration.plan("SV-2026-00001", 100, 50.0, datetime.date(2026, 1, 1))]
    assert regeneration.overdue(plans, datetime.date(2026, 6, 1)) == ["SV-2024-00001"]


def test_years_since_grown():
    assert regeneration.years_since_grown("2021-07-14T09:30:00+00:00") >= 4
