from clutchpoint import centres


def test_slot_minutes_north():
    assert centres.slot_minutes("north") == 57
