import pytest

from spoilheap import grid

SQUARES = {"SU": (400_000, 100_000), "SP": (400_000, 200_000), "TQ": (500_000, 100_000), "ST": (300_000, 100_000),
           "SK": (400_000, 300_000), "SE": (400_000, 400_000), "NY": (300_000, 500_000), "NT": (300_000, 600_000),
           "TL": (500_000, 200_000), "SO": (300_000, 200_000)}


@pytest.mark.parametrize("square", sorted(SQUARES))
@pytest.mark.parametrize("digits", ["12", "1234", "123456", "12345678", "1234567890"], ids=["2", "4", "6", "8", "10"])
def test_square_origin(square, digits):
    easting, northing = grid.to_metres(square + digits)
    origin_e, origin_n = SQUARES[square]
    assert origin_e <= easting < origin_e + 100_000
    assert origin_n <= northing < origin_n + 100_000


@pytest.mark.parametrize(("reference", "metres"), [
    ("SU 1234 5678", (412_340, 156_780)),
    ("TQ 300 800", (530_000, 180_000)),
    ("SP 51 06", (451_000, 206_000)),
    ("SE 60355 52010", (460_355, 452_010)),
    ("NT 2573 7346", (325_730, 673_460)),
])
def test_reference_to_metres(reference, metres):
    assert grid.to_metres(reference) == metres


@pytest.mark.parametrize(("digits", "metres"), [(2, 10_000), (4, 1_000), (6, 100), (8, 10), (10, 1)])
def test_precision(digits, metres):
    assert grid.precision("SU" + "1" * digits) == metres
