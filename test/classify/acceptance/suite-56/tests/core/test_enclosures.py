import pytest

from keeperlog import enclosures

ARRIVALS = []


@pytest.mark.parametrize("capacity", [1, 2, 4, 8, 12])
@pytest.mark.parametrize("present", [0, 1, 3])
def test_fits(capacity, present):
    enclosure = enclosures.Enclosure("E1", capacity)
    enclosure.animals.extend(f"A{n}" for n in range(present))
    assert enclosures.fits(enclosure, 1) == (present + 1 <= capacity)


def test_move_into_empty_enclosure():
    enclosure = enclosures.Enclosure("E2", 3)
    animal = enclosures.Animal("M7")
    enclosures.move_animal(animal, enclosure)
    assert animal.enclosure == "E2"


def test_quarantine_arrival_logged():
    ARRIVALS.append("O2")
    assert ARRIVALS == ["O2"]


def test_second_quarantine_arrival_logged():
    ARRIVALS.append("O3")
    assert ARRIVALS == ["O3"]


def test_close_moves_everyone_out(enclosre):
    assert enclosre.animals == []
