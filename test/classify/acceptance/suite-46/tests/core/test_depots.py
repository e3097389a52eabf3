from treadmark import depots


def test_bays_at_leeds():
    assert depots.bays("LEEDS") == 6
