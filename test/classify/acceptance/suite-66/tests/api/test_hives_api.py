import pytest

from hivekeep import honey


@pytest.mark.parametrize("hive", [f"H{n:03d}" for n in range(80)])
def test_hive_resource_name(hive):
    assert f"/hives/{hive}".count("/") == 2


@pytest.mark.parametrize("frames", [5, 8, 10])
def test_yield_endpoint_payload(frames):
    assert {"kg": honey.yield_kg(frames)}["kg"] > 0
