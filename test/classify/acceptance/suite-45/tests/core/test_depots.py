from boltyard import depots


def test_wakefield_bays():
    assert depots.BAYS["depot-2"] == 5
