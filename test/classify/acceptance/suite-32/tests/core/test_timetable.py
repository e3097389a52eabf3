import os
from datetime import date

from cragloft import timetable

HERE = os.path.dirname(__file__)
ETC = os.path.join(HERE, "..", "..", "etc", "timetables")


def test_leith_timetable_parses():
    calendar = timetable.read_timetable(os.path.join(ETC, "leith.ics"))
    assert len(calendar.vevent_list) == 2


def test_fountainbridge_week():
    with open(os.path.join(HERE, "..", "data", "fountainbridge.ics")) as source:
        starts = timetable.classes_between(source.read(), date(2026, 1, 5), date(2026, 1, 12))
    assert len(starts) == 2
