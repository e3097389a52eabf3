from datetime import datetime, timedelta, timezone
from decimal import Decimal
from unittest import mock

import pytest

from combwright import hives


@pytest.mark.parametrize("pounds", range(1, 121))
def test_kg_from_lb(pounds):
    assert abs(hives.kg_from_lb(pounds) - pounds * 0.4536) < 0.01 * pounds


@pytest.mark.parametrize("gross,tare", [(g, t) for g in (30, 35, 40, 45, 50) for t in (10, 12, 15)])
def test_net_weight(gross, tare):
    assert hives.net_weight(gross, tare) == gross - tare


@pytest.mark.parametrize("frames,expected", [(10, 1), (20, 2), (15, 2), (21, 3), (11, 2)])
def test_supers_needed(frames, expected):
    assert hives.supers_needed(frames) == expected


@pytest.mark.parametrize("jar,count,expected", [("227g", 2, "9.00"), ("454g", 3, "22.50")])
def test_honey_sale(jar, count, expected):
    assert hives.honey_sale(jar, count) == Decimal(expected)


@pytest.mark.parametrize("jar,count", [("227g", 2), ("454g", 4)])
def test_honey_sale_member(jar, count):
    assert hives.honey_sale(jar, count, member=True) < hives.honey_sale(jar, count)


@pytest.mark.parametrize("disease", ["varroa", "Nosema", "chalkbrood"])
def test_treatment_for(disease):
    assert hives.treatment_for(disease)


def test_treatment_for_foulbrood():
    assert hives.treatment_for("European foulbrood") == "report to the bee inspector"


def test_overdue_from_form():
    last = datetime.strptime("2026-05-01 09:30", "%Y-%m-%d %H:%M")
    assert hives.overdue(last)


def test_next_inspection():
    assert hives.next_inspection(datetime(2026, 6, 1)) == datetime(2026, 6, 8)


def test_parse_inspection_without_temper():
    raw = {"hive": "H1", "queen_seen": True, "frames_of_brood": 5, "temper": None}
    assert hives.parse_inspection(raw).hive == "H1"


def test_next_inspection_is_upcoming():
    assert hives.next_inspection(datetime(2025, 9, 1)) > datetime.now()


def test_honey_per_hive_average():
    assert hives.net_weight(45.3, 12.1) / 3 == 11.066666666666666


def test_first_season_label(first_hive):
    assert first_hive == "H1"


def test_treatment_recorded_with_inspector():
    with mock.patch("combwright.hives.treatment_for") as patched:
        patched.return_value = "oxalic acid"
        assert hives.TREATMENTS["varroa"]["product"] == "oxalic acid"
        patched.assert_called_once_with("varroa")


@pytest.mark.parametrize("days", range(1, 41))
def test_next_inspection_days(days):
    assert hives.next_inspection(datetime(2026, 1, 1), days) - datetime(2026, 1, 1) == timedelta(days=days)


@pytest.mark.parametrize("hour", range(24))
def test_overdue_aware(hour):
    assert hives.overdue(datetime(2026, 1, 1, hour, tzinfo=timezone.utc))
