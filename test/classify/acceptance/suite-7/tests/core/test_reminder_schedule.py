import datetime

from freezegun import freeze_time

from wardbook import slots


@freeze_time("2026-12-03 07:00:00")
def test_all_slots_open_before_clinic():
    assert len(slots.open_slots(datetime.date(2026, 12, 3), now=datetime.datetime.now(slots.LONDON))) == 8
