import pytest

from reelhouse import seat_codes


@pytest.mark.parametrize("screen", range(1, 9))
@pytest.mark.parametrize("row", range(12))
@pytest.mark.parametrize("seat", [1, 7, 14])
def test_code_roundtrip(screen, row, seat):
    assert seat_codes.parse(seat_codes.code(row, seat)) == (row, seat)
