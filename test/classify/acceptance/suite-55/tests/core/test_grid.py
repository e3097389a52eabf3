import pytest

from fellcall import grid


@pytest.mark.parametrize("easting,northing,expected", [
    (334200, 515100, "342 151"), (321500, 507200, "215 072"), (336100, 517500, "361 175"),
    (339800, 507000, "398 070"), (313500, 509800, "135 098"), (322400, 528200, "224 282"),
    (317000, 510400, "170 104"), (341500, 503300, "415 033"), (300000, 500000, "000 000"),
    (399900, 599900, "999 999"), (328700, 512600, "287 126"), (310000, 520000, "100 200"),
])
def test_six_figure_reference(easting, northing, expected):
    assert grid.to_grid_ref(easting, northing) == expected


@pytest.mark.parametrize("easting,northing,expected", [
    (334210, 515120, "3421 1512"), (321550, 507290, "2155 0729"), (300000, 500000, "0000 0000"),
    (399990, 599990, "9999 9999"), (312340, 556780, "1234 5678"), (345670, 512340, "4567 1234"),
])
def test_eight_figure_reference(easting, northing, expected):
    assert grid.to_grid_ref(easting, northing, digits=8) == expected


@pytest.mark.parametrize("start,end,count", [(0, 360, 8), (0, 90, 2), (45, 180, 3), (90, 135, 1), (0, 100, 3),
                                             (180, 360, 4), (10, 20, 1)])
def test_search_sectors(start, end, count):
    assert len(grid.sectors(start, end)) == count


def test_search_sectors_across_north():
    assert grid.sectors(330, 30, width=30) == [(330, 360), (0, 30)]


@pytest.mark.parametrize("distance,ascent,minutes", [(5, 0, 60), (2, 300, 54), (10, 1000, 220), (0, 100, 10),
                                                     (3, 950, 131), (7, 450, 129), (4, 0, 48), (1, 10, 13)])
def test_naismith(distance, ascent, minutes):
    assert grid.naismith_minutes(distance, ascent) == minutes


def test_naismith_fractional_distance():
    assert grid.naismith_minutes(1.1, 0) == 13.2


@pytest.mark.parametrize("radius,area", [(1, 3.14), (2, 12.57), (0.5, 0.79), (3, 28.27), (5, 78.54), (10, 314.16)])
def test_search_area(radius, area):
    assert grid.search_area_km2(radius) == area
