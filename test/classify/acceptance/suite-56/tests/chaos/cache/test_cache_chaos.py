import pytest

from keeperlog import cache


@pytest.mark.chaos
class TestCacheChaos:
    def test_reptile_house_reading(self, sensors):
        cache.store_reading(sensors, "RH-1", 29.5)
        assert cache.last_reading(sensors, "RH-1") == 29.5

    def test_penguin_pool_reading(self, sensors):
        assert cache.last_reading(sensors, "PP-1") is None

    def test_reading_without_fixture(self):
        conn = cache.client()
        cache.store_reading(conn, "NH-2", 18.0)

    def test_ideal_weight_updated(self):
        assert cache.ideal_weight("otter") == 11.0
        cache.set_ideal_weight("otter", 12.5)
        assert cache.ideal_weight("otter") == 12.5
