import pytest

from pontil import network


@pytest.mark.chaos
class TestNetwork:
    def test_furnace_status(self):
        status = network.Furnace().status()
        assert status["furnaces"]["main"] > 1000

    def test_furnace_setpoint(self):
        assert network.Furnace().setpoint("glory-hole")["celsius"] == 1140

    def test_furnace_slow_reading(self):
        assert network.Furnace().slow_reading()["celsius"] == 1120

    def test_furnace_unknown_reading(self):
        furnace = network.Furnace()
        with pytest.raises(Exception):
            furnace.get("/nothing")

    def test_gallery_first_page(self):
        assert len(network.Gallery().pieces(1)["pieces"]) == 10

    def test_gallery_second_page(self):
        assert network.Gallery().pieces(2)["page"] == 2

    def test_gallery_piece(self):
        assert network.Gallery().piece(7)["number"] == 7

    def test_gallery_prices(self):
        assert network.Gallery().prices()["vase"] == "180.00"

    def test_kiln_gateway_resolves(self):
        host, port = network.kiln_gateway_address()[:2]
        assert port == 7070

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])
    def test_gallery_under_load(self, users):
        gallery = network.Gallery()
        for page in range(1, min(users, 20) + 1):
            assert gallery.pieces(page)["page"] == page

    def test_gallery_third_page(self):
        assert network.Gallery().pieces(3)["pieces"][0] == "piece-3-0"

    def test_gallery_piece_name(self):
        assert network.Gallery().piece(1)["name"] == "blue vase"

    def test_furnace_main_and_glory_hole(self):
        status = network.Furnace().status()
        assert set(status["furnaces"]) == {"main", "glory-hole"}

    def test_furnace_setpoint_main(self):
        assert network.Furnace().setpoint("main")["furnace"] == "main"

    def test_furnace_url_from_environment(self):
        assert network.Furnace().url.startswith("http://127.0.0.1:")

    def test_gallery_url_from_environment(self):
        assert network.Gallery().url.startswith("http://127.0.0.1:")

    def test_commissions_url_from_environment(self):
        assert network.Commissions().url.startswith("http://127.0.0.1:")

    def test_gallery_fourth_page(self):
        assert network.Gallery().pieces(4)["pieces"][-1] == "piece-4-9"

    def test_furnace_slow_reading_again(self):
        assert "celsius" in network.Furnace().slow_reading()
