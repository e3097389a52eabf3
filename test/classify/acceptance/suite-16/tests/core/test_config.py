from bidlark import config


def test_floor_is_positive():
    assert config.FLOOR_CPM > 0


def test_timeout_fits_tmax():
    assert config.TIMEOUT_MS < 100
