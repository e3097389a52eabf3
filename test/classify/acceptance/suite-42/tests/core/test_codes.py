import pytest

BRANCHES = ["MKT", "STN", "HIL", "DOC", "BRG"]
LOAVES = ["sourdough", "rye", "baguette", "spelt", "brioche", "focaccia"]


@pytest.mark.parametrize("branch", BRANCHES)
@pytest.mark.parametrize("loaf", LOAVES)
@pytest.mark.parametrize("tray", range(1, 7))
def test_tray_code(branch, loaf, tray):
    code = f"{branch}-{loaf[:3].upper()}-{tray:02d}"
    assert len(code) == 10 and code[:3].isalpha()
