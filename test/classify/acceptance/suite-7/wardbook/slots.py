"""Clinic slots: generation, ordering and availability."""
import dataclasses
import datetime
import functools
from zoneinfo import ZoneInfo

from sortedcontainers import SortedList

from wardbook import settings

LONDON = ZoneInfo("Europe/London")


class MaintenanceMode(RuntimeError):
    pass


@dataclasses.dataclass(frozen=True)
class Appointment:
    patient: str
    start: datetime.datetime
    clinic: str = "outpatients"


def clinic_slots(day, opens=8, closes=12, minutes=30):
    """Every slot start of a clinic day, in London time."""
    start = datetime.datetime.combine(day, datetime.time(opens), tzinfo=LONDON)
    end = datetime.datetime.combine(day, datetime.time(closes), tzinfo=LONDON)
    slots = []
    current = start.astimezone(datetime.timezone.utc)
    while current < end.astimezone(datetime.timezone.utc):
        slots.append(current.astimezone(LONDON))
        current += datetime.timedelta(minutes=minutes)
    return slots


def night_slots(day, minutes=60):
    """Slots of the overnight clinic, 00:00 to 04:00 wall-clock time."""
    start = datetime.datetime.combine(day, datetime.time(0), tzinfo=LONDON)
    return [start + datetime.timedelta(minutes=minutes * n) for n in range(4)]


def open_slots(day, now=None):
    """Slots of the day still bookable."""
    now = now or datetime.datetime.now()
    return [slot for slot in clinic_slots(day) if slot > now]


def agenda(appointments):
    """The day's appointments in order of start, then patient."""
    return SortedList(appointments, key=lambda a: (a.start, a))


@functools.lru_cache(maxsize=256)
def slots_for_clinics(clinics, day):
    if settings.mode() == "maintenance":
        raise MaintenanceMode("wardbook is in maintenance mode (WARDBOOK_MODE)")
    return {clinic: clinic_slots(day) for clinic in clinics}


def reschedule(appointment, minutes):
    appointment.start = appointment.start + datetime.timedelta(minutes=minutes)
    return appointment
