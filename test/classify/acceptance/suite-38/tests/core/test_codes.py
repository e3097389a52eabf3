import pytest

from deskhive import codes

SITES = "LSM"


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("floor", range(4))
@pytest.mark.parametrize("desk", range(1, 25))
def test_round_trip(site, floor, desk):
    assert codes.parse(codes.format_code(site, floor, desk)) == (site, floor, desk)
