from moorline import channels


def test_route_to_berth():
    assert channels.route("A12", 1.8) == ["entrance", "fairway", "A", "A12"]


def test_route_length():
    assert channels.route_length("A12", 1.8) == 460


def test_route_to_new_pontoon():
    assert channels.route("C04", 1.8)[-1] == "C04"
