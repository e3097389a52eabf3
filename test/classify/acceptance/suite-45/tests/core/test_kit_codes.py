import pytest

from boltyard import kit_codes


@pytest.mark.parametrize("kit", sorted(kit_codes.PREFIXES))
@pytest.mark.parametrize("number", [1, 42, 317, 999, 1000, 4096, 9999])
@pytest.mark.parametrize("depot", range(1, 9))
def test_code_roundtrip(kit, number, depot):
    assert kit_codes.parse(kit_codes.code(kit, number)) == (kit, number)
