from stowfold.sites import SITES


def test_sites_loaded():
    assert set(SITES) == {"northgate", "riverside"}


def test_riverside_units():
    assert SITES["riverside"]["units"] == "186"
