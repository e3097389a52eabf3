from cragloft import config, pricing

MAX_PARTY = config.load().bookings.max_party


def test_party_of_six_allowed():
    assert 6 <= MAX_PARTY
