from rillmark import surcharges


def test_band_a_surcharge():
    assert surcharges.surcharge("band_a", 100, 30) == 12.0


def test_band_c_surcharge():
    assert surcharges.surcharge("band_c", 100, 30) == 46.0
