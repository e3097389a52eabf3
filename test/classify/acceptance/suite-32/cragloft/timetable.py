"""Classes (intro, youth club, yoga) from the iCalendar timetable each gym publishes."""
import os
from datetime import date

import recurring_ical_events
import icalendar
import vobject

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_timetable(path):
    with open(path) as source:
        return vobject.readOne(source)


def classes_on(text, day):
    calendar = icalendar.Calendar.from_ical(text)
    return [str(event["SUMMARY"]) for event in recurring_ical_events.of(calendar).at(day)]


def classes_between(text, start, end):
    calendar = icalendar.Calendar.from_ical(text)
    return sorted(event["DTSTART"].dt for event in recurring_ical_events.of(calendar).between(start, end))
