from chairside import treatments


def test_crown_minutes():
    assert treatments.minutes_of("crown") == 90


def test_checkup_code():
    assert treatments.CATALOGUE["checkup"]["code"] == "D0120"
