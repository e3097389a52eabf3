from roomwise import hotels


def test_bankside_floors():
    assert hotels.floors("LON") == 6
