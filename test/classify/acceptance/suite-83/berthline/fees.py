from datetime import date, datetime

RATES = {"high": 4.20, "low": 2.10, "shoulder": 3.15}


def mooring_fee(length_m, nights, season):
    return round(length_m * RATES[season] * nights, 2)


def season_of(day):
    if day.month in (6, 7, 8):
        return "high"
    if day.month in (1, 2, 3, 11, 12):
        return "low"
    return "shoulder"


def overlaps(booking, arrival):
    return booking["arrive"] <= arrival < booking["depart"]


def invoice_number(year, sequence):
    return f"INV-{year}-{sequence:05d}"


def early_bird_open(today=None):
    today = today or date.today()
    return today < date(2026, 3, 1)


def parse_arrival(text):
    return datetime.fromisoformat(text)
