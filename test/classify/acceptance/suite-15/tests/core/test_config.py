from tallyhouse import config


def test_fee_bps_visa():
    assert config.fee_bps("visa") == 20


def test_cutoffs():
    assert config.cutoffs()["visa"] == 22
