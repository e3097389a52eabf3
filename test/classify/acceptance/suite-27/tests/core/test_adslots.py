from wavecrest import adslots


def test_breakfast_spot():
    assert adslots.break_for(480) == "breakfast"


def test_spots_in_day():
    assert adslots.breaks_in_day([400, 480, 1000]) == ["breakfast", "drive", "early"]


def test_late_spot_has_a_break():
    assert adslots.break_for(1410) == "late"
