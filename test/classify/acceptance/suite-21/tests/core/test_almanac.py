from moorline import almanac


def test_m2_amplitude():
    assert almanac.amplitude("M2") == 1.42
