import datetime

from kerbside import maintenance


def test_cbd_window_is_tuesday_night():
    nxt = maintenance.next_window("cbd", datetime.datetime(2026, 12, 3))
    assert nxt.weekday() == 1 and nxt.hour == 3
