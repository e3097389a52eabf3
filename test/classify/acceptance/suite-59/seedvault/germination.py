"""Germination tests: rates, counting days, viability classes and retest dates."""
import datetime

CLASSES = [(85, "high"), (60, "medium"), (30, "low"), (0, "failed")]


def rate(sown, germinated):
    if sown <= 0:
        raise ValueError("nothing sown")
    return round(100 * germinated / sown, 1)


def viability_class(pct):
    for floor, name in CLASSES:
        if pct >= floor:
            return name
    raise ValueError(pct)


def counting_days(sown_on, counted_on):
    """Days a test has run, counting the day it was sown and the day it was counted."""
    return (counted_on - sown_on).days


def retest_due(tested_on, years):
    try:
        return tested_on.replace(year=tested_on.year + years)
    except ValueError:
        return tested_on.replace(year=tested_on.year + years, day=28)


def seedlings_per_day(counts):
    return [later - earlier for earlier, later in zip(counts, counts[1:])]


def ready_for_count(sown_at, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return now - sown_at >= datetime.timedelta(days=7)
