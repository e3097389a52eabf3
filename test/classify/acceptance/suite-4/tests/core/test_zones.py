from tollgate.geo import zone_for


def test_centre_zone():
    assert zone_for(5, 5) == "centre"


def test_outside_every_zone():
    assert zone_for(50, 50) is None
