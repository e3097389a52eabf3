"""Extraction seasons and collection windows."""
import datetime


def window_open(slot):
    return slot > datetime.datetime.now(datetime.timezone.utc)


def window_open_local(slot):
    return slot > datetime.datetime.now()


def season_of(day):
    return "summer" if 6 <= day.month <= 8 else "spring" if 3 <= day.month <= 5 else "autumn"
