import pytest

from binwise.locations import Location, parse_location, pick_route, route_length

CODES = [f"{aisle}-{bay:02d}-{level:02d}" for aisle in "ABCDEFGH" for bay in (1, 7, 12, 24) for level in (0, 3)]

# The floor plan's walkways, each listed once as the site survey drew it.
FLOOR = [
    ("DOCK-1", "A-01", 12),
    ("A-01", "A-12", 22),
    ("A-12", "B-12", 4),
    ("B-01", "B-12", 22),
    ("DOCK-1", "B-01", 14),
    ("A-01", "B-01", 4),
]
# The one-way loop the forklifts use: every walkway in the direction of travel.
FORKLIFT_LOOP = [("DOCK-1", "A-01", 12), ("A-01", "A-12", 22), ("A-12", "B-12", 4), ("B-12", "B-01", 22), ("B-01", "DOCK-1", 14)]


@pytest.mark.parametrize("code", CODES)
def test_location_codes_round_trip(code):
    assert str(parse_location(code)) == code


def test_location_code_with_spaces_is_trimmed():
    assert parse_location("  C-04-02 ") == Location("C", 4, 2)


def test_mezzanine_locations_parse():
    assert parse_location("M2-C-04-02") == Location("C", 4, 2)


def test_forklift_route_follows_the_loop():
    route = pick_route(FORKLIFT_LOOP, "DOCK-1", ["A-12"])
    assert route == ["DOCK-1", "A-01", "A-12", "B-12", "B-01", "DOCK-1"]
    assert route_length(FORKLIFT_LOOP, route) == 74


def test_picker_walks_to_a_bay_and_back():
    route = pick_route(FLOOR, "DOCK-1", ["A-12"])
    assert route[:3] == ["DOCK-1", "A-01", "A-12"]
    assert route_length(FLOOR, route) == 68
