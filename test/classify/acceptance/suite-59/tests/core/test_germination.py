import datetime

import pytest

from seedvault import germination


@pytest.mark.parametrize("sown", [10, 20, 25, 40, 50, 60, 80, 100, 120, 150, 200, 400])
@pytest.mark.parametrize("share", [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1])
def test_rate(sown, share):
    assert germination.rate(sown, round(sown * share)) == round(100 * round(sown * share) / sown, 1)


def test_rate_of_nothing_sown():
    with pytest.raises(ValueError):
        germination.rate(0, 0)


@pytest.mark.parametrize("pct,expected", [(100, "high"), (85, "high"), (84.9, "medium"), (60, "medium"),
                                          (59, "low"), (30, "low"), (29.9, "failed"), (0, "failed")])
def test_viability_class(pct, expected):
    assert germination.viability_class(pct) == expected


@pytest.mark.parametrize("sown_on,counted_on,days", [
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 2), 1),
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 29), 28),
])
def test_counting_days(sown_on, counted_on, days):
    assert germination.counting_days(sown_on, counted_on) == days


@pytest.mark.parametrize("tested_on,years,due", [
    (datetime.date(2020, 5, 1), 5, datetime.date(2025, 5, 1)),
    (datetime.date(2024, 2, 29), 10, datetime.date(2034, 2, 28)),
    (datetime.date(2019, 12, 31), 1, datetime.date(2020, 12, 31)),
])
def test_retest_due(tested_on, years, due):
    assert germination.retest_due(tested_on, years) == due


def test_retest_not_yet_due():
    assert germination.retest_due(datetime.date(2021, 6, 1), 5) > datetime.date.today()


@pytest.mark.parametrize("counts,expected", [([0, 3, 9, 12], [3, 6, 3]), ([5], []), ([2, 2], [0])])
def test_seedlings_per_day(counts, expected):
    assert germination.seedlings_per_day(counts) == expected


def test_ready_for_count():
    sown = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    assert germination.ready_for_count(sown, now=sown + datetime.timedelta(days=8))
