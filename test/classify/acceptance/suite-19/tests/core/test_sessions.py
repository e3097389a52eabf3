from quadroll import sessions


def test_two_hours_is_two_slots():
    assert sessions.slots_in(120) == 2
