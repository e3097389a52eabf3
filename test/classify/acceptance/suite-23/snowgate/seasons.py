"""The season: holidays (peak prices), dates typed by the ticket office, bookings' ISO 8601 times."""
import datetime

import dateparser
import holidays
import iso8601

from snowgate import settings


def peak_days(year: int) -> set:
    calendar = holidays.CountryHoliday(settings.HOLIDAY_COUNTRY, prov=settings.HOLIDAY_REGION or None, years=year)
    return set(calendar)


def office_date(text: str) -> datetime.date:
    return dateparser.parse(text, languages=["en"], settings={"PREFER_DATES_FROM": "future"}).date()


def booking_time(text: str) -> datetime.datetime:
    return iso8601.parse_date(text)


def season_end(year: int) -> datetime.date:
    return datetime.date(year, 4, 21)


def in_season(moment: datetime.datetime, start: datetime.datetime) -> bool:
    return start <= moment
