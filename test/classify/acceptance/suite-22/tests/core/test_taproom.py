import datetime

import pytest

from mashtun import taproom


def test_brewery_zone():
    assert taproom.zone().key == "Europe/Dublin"


def test_happy_hour_aware():
    moment = datetime.datetime(2026, 12, 4, 17, 30, tzinfo=datetime.timezone.utc)
    assert taproom.is_happy_hour(moment)


def test_ready_after_conditioning():
    filled = datetime.date(2026, 11, 1)
    assert taproom.ready_to_package(filled, datetime.date(2026, 11, 15))


def test_taproom_open_now():
    assert taproom.is_open(datetime.datetime.now())
