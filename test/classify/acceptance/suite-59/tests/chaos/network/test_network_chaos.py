import pytest

from seedvault import sensors


@pytest.fixture
def cold_room_a():
    return sensors.reading("cold-a")


@pytest.mark.chaos
class TestNetwork:
    def test_cold_room_in_range(self, cold_room_a):
        assert not sensors.out_of_range(cold_room_a)

    def test_cold_room_humidity(self, cold_room_a):
        assert cold_room_a["rh"] < 20

    def test_reading_from_slow_feed(self, slow_sensor_feed):
        assert sensors.reading("cold-b", url=slow_sensor_feed)["celsius"] < -18

    @pytest.mark.parametrize("celsius,rh,expected", [(-20, 15, False), (-10, 15, True), (-20, 30, True)])
    def test_out_of_range(self, celsius, rh, expected):
        assert sensors.out_of_range({"celsius": celsius, "rh": rh}) is expected
