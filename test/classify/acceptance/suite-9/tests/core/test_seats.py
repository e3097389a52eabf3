import pytest

from seatline import seats


@pytest.mark.parametrize("code,expected", [
    (f"{row}{number}", ("stalls", row, number)) for row in "ABCDEFGHJK" for number in (1, 2, 9, 10, 24)
] + [
    ("BAL-C7", ("balcony", "C", 7)), ("CIR-AA12", ("circle", "AA", 12)), ("stl-b3", ("stalls", "B", 3)),
    (" K14 ", ("stalls", "K", 14)),
])
def test_parse_seat(code, expected):
    assert seats.parse_seat(code) == expected


@pytest.mark.parametrize("code", ["", "14K", "K0", "K1000", "XYZ-A1", "BAL_C7", "K-14", "ÄB1"])
def test_parse_seat_rejects(code):
    with pytest.raises((ValueError, KeyError)):
        seats.parse_seat(code)


@pytest.mark.parametrize("row,index", [("A", 1), ("B", 2), ("Z", 26), ("AA", 27), ("AZ", 52), ("BA", 53)])
def test_row_index(row, index):
    assert seats.row_index(row) == index


@pytest.mark.parametrize("text,ok", [
    ("SL000001", True), ("SL123456", True), ("SL12345", False), ("sl000001", False), ("SX000001", False),
    ("SL0000010", False), ("", False),
])
def test_is_reference(text, ok):
    assert seats.is_reference(text) is ok


@pytest.mark.parametrize("text,ok", [
    ("ada@example.org", True), ("a.b+tickets@example.co.uk", True), ("no-at-sign.example.org", False),
    ("two@@example.org", False), ("space @example.org", False), ("x@localhost", False), ("X@EXAMPLE.ORG", True),
])
def test_is_email(text, ok):
    assert seats.is_email(text) is ok


@pytest.mark.parametrize("first,second,ok", [
    ("K14", "K15", True), ("K15", "K14", True), ("K14", "K16", False), ("K14", "L14", False),
    ("BAL-C7", "BAL-C8", True), ("BAL-C7", "CIR-C8", False),
])
def test_adjacent(first, second, ok):
    assert seats.adjacent(first, second) is ok
