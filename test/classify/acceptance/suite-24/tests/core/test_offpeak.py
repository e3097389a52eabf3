from voltbay import schedules


def test_berlin_window():
    assert schedules.window_of("Stromnetz Berlin") == ("23:00", "05:00")
