"""Ordnance Survey grid references of find spots: letters and digits to metres and back."""

LETTERS = "ABCDEFGHJKLMNOPQRSTUVWXYZ"


def _square(letter):
    index = LETTERS.index(letter)
    return index % 5, 4 - index // 5


def to_metres(reference):
    reference = reference.replace(" ", "").upper()
    first, second, digits = reference[0], reference[1], reference[2:]
    e1, n1 = _square(first)
    e2, n2 = _square(second)
    easting = (e1 - 2) * 500_000 + e2 * 100_000
    northing = (n1 - 1) * 500_000 + n2 * 100_000
    half = len(digits) // 2
    scale = 10 ** (5 - half)
    return easting + int(digits[:half]) * scale, northing + int(digits[half:]) * scale


def precision(reference):
    digits = len(reference.replace(" ", "")) - 2
    return 10 ** (5 - digits // 2)
