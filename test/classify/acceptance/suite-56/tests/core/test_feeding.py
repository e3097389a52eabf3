from datetime import datetime, timedelta, timezone

import pytest

from keeperlog import feeding

SPECIES = sorted(feeding.DIET)
WEIGHTS = [0.5, 0.75, 1.0, 2.5, 4.5, 6.0, 12.0, 30.0, 60.0, 120.0, 190.0, 800.0]


@pytest.mark.parametrize("species", SPECIES)
@pytest.mark.parametrize("weight", WEIGHTS)
def test_daily_grams_scale_with_weight(species, weight):
    food, grams = feeding.daily_grams(species, weight)
    assert food == feeding.DIET[species][0]
    assert grams == round(feeding.DIET[species][1] * weight)


@pytest.mark.parametrize("species", SPECIES)
@pytest.mark.parametrize("rounds", [1, 2, 3])
def test_portions_add_up(species, rounds):
    total = feeding.portion_kg(species, 10.0, rounds) * rounds
    assert total == pytest.approx(feeding.daily_grams(species, 10.0)[1] / 1000)


@pytest.mark.parametrize("species", ["red panda", "capybara"])
def test_new_arrivals_have_a_diet(species):
    food, grams = feeding.daily_grams(species, 6.0)
    assert grams > 0


@pytest.mark.parametrize(
    "hour, minute, expected",
    [(6, 0, (8, 30)), (8, 29, (8, 30)), (8, 30, (12, 0)), (11, 0, (12, 0)), (13, 0, (15, 30)), (15, 29, (15, 30))],
)
def test_next_round(hour, minute, expected):
    now = datetime(2026, 12, 6, hour, minute, tzinfo=timezone.utc)
    upcoming = feeding.next_round(now)
    assert (upcoming.hour, upcoming.minute) == expected


def test_next_round_after_last():
    now = datetime(2026, 12, 6, 18, 0, tzinfo=timezone.utc)
    assert feeding.next_round(now).day == 7


def test_otter_overdue_after_night():
    last_fed = datetime.now(timezone.utc) - timedelta(hours=10)
    assert feeding.overdue(last_fed)


def test_penguin_portion_in_kilograms():
    assert feeding.portion_kg("penguin", 3.375, 3) == 0.09
