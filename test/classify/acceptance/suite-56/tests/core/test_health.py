import pytest

from keeperlog import health

RATIOS = [(0.5, "thin"), (0.8, "thin"), (0.86, "ideal"), (1.0, "ideal"), (1.1, "ideal"), (1.2, "heavy"), (2.0, "heavy")]


@pytest.mark.parametrize("ideal", [0.75, 4.5, 11.0, 190.0, 800.0])
@pytest.mark.parametrize("ratio, expected", RATIOS)
def test_body_condition(ideal, ratio, expected):
    assert health.body_condition(ideal * ratio, ideal) == expected


@pytest.mark.parametrize("animal", ["L1", "G1", "M1", "P1", "O2", "Z4"])
def test_tablet_payload(animal):
    check = health.from_tablet({"animal": animal, "weight": 10.5, "temperature": 38.2})
    assert check.animal_id == animal


def test_tablet_payload_without_weight():
    # Temperature-only checks are allowed when the animal cannot be weighed.
    check = health.from_tablet({"animal": "G1", "temperature": 38.6})
    assert check.weight_kg is None
