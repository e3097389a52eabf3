from spokewell.zones import CENTRE


def test_centre_surcharge():
    assert CENTRE.surcharge_pence == 50
