"""Tooth numbering: FDI two-digit numbers and the Universal system's 1 to 32."""


def fdi_to_universal(fdi):
    quadrant, position = divmod(fdi, 10)
    if not 1 <= position <= 8:
        raise ValueError(f"not a permanent tooth: {fdi}")
    if quadrant == 1:
        return 9 - position
    if quadrant == 2:
        return 8 + position
    if quadrant == 3:
        return 25 - position
    if quadrant == 4:
        return 24 + position
    raise ValueError(f"not a permanent tooth: {fdi}")


def universal_to_fdi(number):
    if 1 <= number <= 8:
        return 19 - number
    if 9 <= number <= 16:
        return 12 + number
    if 17 <= number <= 24:
        return 55 - number
    if 25 <= number <= 32:
        return 16 + number
    raise ValueError(f"not a permanent tooth: {number}")


def quadrant_name(fdi):
    return {1: "upper right", 2: "upper left", 3: "lower left", 4: "lower right"}[fdi // 10]
