"""The on-call rota."""
from datetime import datetime, timedelta, timezone


def shift_end(start, hours=12):
    return start + timedelta(hours=hours)


def on_call_now(shifts, now=None):
    now = now or datetime.now(timezone.utc)
    return [s["member"] for s in shifts if s["start"] <= now < shift_end(s["start"], s.get("hours", 12))]


def hours_since(last_callout):
    return (datetime.now() - last_callout).total_seconds() / 3600


def next_exercise(today):
    """Exercises are on the first Sunday of a month."""
    first = today.replace(day=1)
    while first.weekday() != 6:
        first += timedelta(days=1)
    if first < today:
        nxt = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return next_exercise(nxt)
    return first


def is_upcoming(day, today=None):
    from datetime import date
    return day >= (today or date.today())
