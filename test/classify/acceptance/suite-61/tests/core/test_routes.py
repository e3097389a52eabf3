import pytest

from milkrun import payouts

REGIONS = ["north", "south", "east", "west", "hills", "coast"]

# Stops the route tests below have seen, to check every route code is distinct.
SEEN_CODES = []


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("number", [1, 2, 9, 10, 42, 99, 100, 250, 999])
def test_route_code(region, number):
    assert payouts.route_code(region, number) == f"{region.upper()}-{number:03d}"


@pytest.mark.parametrize("region", REGIONS[:3])
def test_route_codes_distinct(region):
    SEEN_CODES.extend(payouts.route_code(region, number) for number in range(1, 21))
    assert len(SEEN_CODES) == 20
