import pytest

from fellcall import weather

pytestmark = pytest.mark.chaos

SUMMITS = ["scafell-pike", "helvellyn", "skiddaw", "great-gable", "blencathra"]
STATIONS = ["helvellyn", "skiddaw", "great-gable", "blencathra", "coniston", "fairfield", "pillar", "bowfell",
            "high-street"]


@pytest.mark.parametrize("summit", SUMMITS)
def test_summit_forecast(weather_feed, summit):
    forecast = weather.summit_forecast(summit)
    assert forecast["summit"] == summit
    assert forecast["cloud_base_m"] > 0


@pytest.mark.parametrize("station", STATIONS)
def test_current_conditions(weather_feed, station):
    now = weather.current(station)
    assert now["summit"] == station


@pytest.mark.parametrize("area", ["lakes-north", "lakes-south"])
def test_avalanche_bulletin(avalanche_service, area):
    bulletin = weather.avalanche_bulletin(area)
    assert bulletin["area"] == area
