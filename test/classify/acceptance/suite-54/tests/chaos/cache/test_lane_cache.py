import pytest

pytestmark = pytest.mark.chaos

POOLS = ["riverside", "northgate", "castle-baths", "lido", "eastfield", "westmoor", "harbour", "abbey"]


@pytest.mark.parametrize("pool", POOLS)
def test_lane_count_is_stored(cache_conn, pool):
    cache_conn.set(f"lanes:{pool}:count", 8)
    assert cache_conn.get(f"lanes:{pool}:count") == "8"
