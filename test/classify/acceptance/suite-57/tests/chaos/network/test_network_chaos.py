import pytest

from combwright import weather


@pytest.mark.chaos
class TestNetworkChaos:
    @pytest.mark.parametrize("apiary", ["moor-end", "church-field"])
    def test_flying_hours(self, apiary):
        assert weather.flying_hours(apiary) >= 0

    def test_forage_map(self):
        assert "heather" in weather.forage_map("moor-end")["sources"]
