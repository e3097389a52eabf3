BOARDED = []


def test_boarding_summary():
    assert BOARDED == ["cars", "foot"]


def test_board_cars():
    BOARDED.append("cars")


def test_board_foot_passengers():
    BOARDED.append("foot")


def test_lanes_are_listed_in_order():
    lanes = {"lane-north", "lane-south", "lane-east", "lane-west"}
    assert list(lanes)[0] == "lane-north"
