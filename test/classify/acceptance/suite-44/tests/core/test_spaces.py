import pytest

GARAGES = ["NORTH", "QUAY", "DOCKS", "MILL", "STATION"]
KINDS = ["car", "van", "motorbike", "disabled", "ev", "parent"]


@pytest.mark.parametrize("garage", GARAGES)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("level", range(-1, 5))
def test_space_code(garage, kind, level):
    code = f"{garage[:3]}-{kind[:2].upper()}-{level:+d}"
    assert len(code) == 9 and code[:3].isalpha()
