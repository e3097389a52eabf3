import pytest

from chairside import teeth

PERMANENT = [quadrant * 10 + position for quadrant in range(1, 5) for position in range(1, 9)]


@pytest.mark.parametrize("fdi", PERMANENT)
def test_round_trip(fdi):
    assert teeth.universal_to_fdi(teeth.fdi_to_universal(fdi)) == fdi


@pytest.mark.parametrize("fdi", PERMANENT)
def test_universal_range(fdi):
    assert 1 <= teeth.fdi_to_universal(fdi) <= 32


@pytest.mark.parametrize("number", range(1, 33))
def test_fdi_of_universal(number):
    assert teeth.universal_to_fdi(number) in PERMANENT


@pytest.mark.parametrize("fdi", PERMANENT)
def test_quadrant_named(fdi):
    assert teeth.quadrant_name(fdi).split()[0] in ("upper", "lower")


@pytest.mark.parametrize("fdi", [10, 19, 50, 55, 85, 0, 9, 99])
def test_not_permanent(fdi):
    with pytest.raises(ValueError):
        teeth.fdi_to_universal(fdi)


@pytest.mark.parametrize("left, right", [(11, 21), (12, 22), (13, 23), (14, 24), (15, 25), (16, 26), (17, 27), (18, 28)])
def test_mirror_upper(left, right):
    assert teeth.fdi_to_universal(left) + teeth.fdi_to_universal(right) == 17


@pytest.mark.parametrize("left, right", [(41, 31), (42, 32), (43, 33), (44, 34), (45, 35), (46, 36), (47, 37), (48, 38)])
def test_mirror_lower(left, right):
    assert teeth.fdi_to_universal(left) + teeth.fdi_to_universal(right) == 49
