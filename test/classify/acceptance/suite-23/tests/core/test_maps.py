from snowgate import maps


def test_radio_position_on_piste_map():
    x, y = maps.to_map(15.65, 78.22)
    assert 400000 < x < 600000


def test_distance_between_points():
    assert maps.distance_m((0, 0), (3, 4)) == 5
