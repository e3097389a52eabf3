"""Due dates and opening hours in the library's time zone."""

from datetime import datetime, timedelta

import pytz

DUBLIN = pytz.timezone("Europe/Dublin")


def due_at(lent_at_local: datetime, days=21):
    """The local closing time (20:00) on the due day of a loan lent at a local time."""
    lent = DUBLIN.localize(lent_at_local)
    due = lent + timedelta(days=days)
    return due.replace(hour=20, minute=0, second=0, microsecond=0)


def renewal_window_open(due_on, today):
    return timedelta(0) <= due_on - today <= timedelta(days=3)
