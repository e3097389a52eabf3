import datetime

import pendulum

from kerbside import trips


def test_duration_simple():
    a = pendulum.datetime(2026, 12, 3, 9, 0, tz=trips.TZ)
    assert trips.duration_minutes(a, a.add(minutes=25)) == 25


def test_duration_across_start_of_daylight_saving():
    started = pendulum.datetime(2026, 10, 4, 1, 50, tz=trips.TZ)
    ended = pendulum.datetime(2026, 10, 4, 3, 10, tz=trips.TZ)
    assert trips.duration_minutes(started, ended) == 20


def test_summary_for_the_app():
    trip = {"id": 501, "started": pendulum.datetime(2026, 12, 3, 9, 0, tz=trips.TZ), "minutes": 23}
    assert '"id": 501' in trips.summary(trip)


def test_partner_feed_row():
    row = trips.parse_partner_row({"vehicle": "GX-4410", "ended": "03/12/2026 14:05"})
    assert row["ended"].day == 3


def test_licence_still_valid():
    member = {"name": "Ngaio", "licence_expires": datetime.date(2026, 12, 1)}
    assert trips.licence_valid(member)


def test_expired_licence():
    assert not trips.licence_valid({"licence_expires": datetime.date(2020, 1, 1)})
