import pytest

SITES = ["harbour", "meadow", "ridge", "orchard"]


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("row", range(1, 9))
@pytest.mark.parametrize("kennel", range(1, 7))
def test_kennel_code(site, row, kennel):
    code = f"{site[:3].upper()}-{row}{kennel:02d}"
    assert len(code) == 7 and code[:3].isalpha()
