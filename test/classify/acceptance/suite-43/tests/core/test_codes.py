import pytest

HOTELS = ["LON", "EDI", "MAN", "BRS", "YRK"]
TYPES = ["standard", "deluxe", "suite", "family", "accessible", "twin"]


@pytest.mark.parametrize("hotel", HOTELS)
@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("floor", range(1, 7))
def test_room_code(hotel, kind, floor):
    code = f"{hotel}-{kind[:3].upper()}-{floor:02d}"
    assert len(code) == 10 and code[:3].isalpha()
