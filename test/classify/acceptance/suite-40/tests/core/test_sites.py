from pawstay.sites import SITES


def test_harbour_sizes():
    assert SITES["harbour"]["small"] == 12
