from crumbline import branches


def test_market_ovens():
    assert branches.oven_count("MKT") == 3
