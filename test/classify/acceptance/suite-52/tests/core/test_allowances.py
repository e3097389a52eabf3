import pytest

from bagdrop import fees


@pytest.fixture(scope="module")
def allowance():
    return fees.ALLOWANCE


@pytest.mark.parametrize("cabin", ["economy", "premium", "business", "first"])
def test_allowance_known(allowance, cabin):
    assert allowance[cabin] >= 23


def test_crew_allowance_added(allowance):
    allowance["crew"] = 40
    assert fees.excess_kilos("crew", 41) == 1


def test_cabins_offered(allowance):
    assert sorted(allowance) == ["business", "economy", "first", "premium"]


def test_child_allowance(alowance):
    assert alowance["economy"] == 23


@pytest.mark.parametrize("cabin", ["economy", "premium", "business", "first"])
@pytest.mark.parametrize("pieces", range(0, 6))
def test_extra_pieces_never_negative(cabin, pieces):
    assert fees.extra_pieces(cabin, pieces) >= 0


@pytest.mark.parametrize("code", ["EUR", "GBP", "NOK"])
def test_rate_known(code):
    assert fees.RATE_PER_KILO[code] > 0
