from wavecrest import rates


def test_breakfast_band():
    assert rates.band_at(420) == "breakfast"


def test_thirty_second_spot_at_breakfast():
    assert rates.spot_price_pence(420, 30) == 660
