from podstead import schedule


def test_morning_desk_window():
    assert schedule.window("morning-desk")["opens"] == "05:00"
