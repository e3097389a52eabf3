import pytest

from fellcall import radio

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("site", ["great-dun-fell", "lords-seat"])
def test_repeater_channels(repeater_controller, site):
    channels = radio.repeater_channels(site)
    assert channels


@pytest.mark.parametrize("site", ["great-dun-fell", "lords-seat"])
def test_repeater_status(site):
    assert radio.status(site) == "UP"
