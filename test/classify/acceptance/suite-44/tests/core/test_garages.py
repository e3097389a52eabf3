from baywarden import garages


def test_north_levels():
    assert garages.levels("NORTH") == 5
