"""Item barcodes: 13 digits and a check digit (mod 10, weights 1 and 3 from the right)."""


def check_digit(body: str) -> int:
    total = 0
    for position, digit in enumerate(reversed(body)):
        weight = 3 if position % 2 == 0 else 1
        total += int(digit) * weight
    return (10 - total % 10)


def make(body: str) -> str:
    return body + str(check_digit(body))


def valid(barcode: str) -> bool:
    return len(barcode) == 14 and barcode.isdigit() and make(barcode[:-1]) == barcode
