from coldtrail import routes


def test_rotterdam_depot():
    assert routes.depot_at(51.95, 4.14) == "rotterdam-cold-3"
