from rinsewell.depots import DEPOTS


def test_every_depot_has_vans():
    assert all(depot["vans"] > 0 for depot in DEPOTS["depots"])
