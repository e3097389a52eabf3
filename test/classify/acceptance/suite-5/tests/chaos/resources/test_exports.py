from pathlib import Path

import pytest

from ferrylane import manifest

DATA = Path(__file__).parents[2] / "data"


def test_partner_manifest_encoding():
    data = manifest.read_manifest(DATA / "manifest-stena.json")
    assert data["sailing"] == "OSL-1430"


@pytest.mark.skip(reason="FL-88: export to the accounting share is disabled in CI")
def test_export_to_accounting():
    raise AssertionError("unreachable")
