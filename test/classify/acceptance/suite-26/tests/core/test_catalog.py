from starwick.catalog import TARGETS


def test_catalogue_has_andromeda():
    assert TARGETS["m31"] == "Andromeda Galaxy"
