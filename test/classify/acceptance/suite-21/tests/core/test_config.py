from moorline import config


def test_marina_config():
    marina = config.load()
    assert marina.hold_minutes == 15
