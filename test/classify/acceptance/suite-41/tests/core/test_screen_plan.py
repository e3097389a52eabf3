from reelhouse import screens_config


def test_imax_capacity():
    assert screens_config.CAPACITY["screen-4"] == 104
