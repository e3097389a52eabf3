import numpy as np
import pytest

from shorewarden import core, res


class TestGrid:
    def test_site_grid_shape(self, settings):
        grid = res.survey_grid(settings, 2000.0, 800.0)
        assert grid.shape == (8000, 20000)

    def test_site_grid_empty(self, settings):
        assert np.isnan(res.survey_grid(settings, 500.0, 200.0)).all()

    def test_small_grid(self):
        assert res.grid_at(0.5, 10.0, 5.0).shape == (10, 20)


class TestExports:
    def test_export_small(self, tmp_path):
        assert res.export_points(tmp_path / "small.bin", np.zeros((10, 3))) == 240

    def test_export_point_cloud(self, tmp_path):
        cloud = np.random.default_rng(7).random((500_000, 3))
        assert res.export_points(tmp_path / "spurn.bin", cloud) == 12_000_000

    def test_export_csv(self, tmp_path):
        res.export_csv(tmp_path / "p.csv", np.ones((2, 3)))
        assert (tmp_path / "p.csv").read_text().count("\n") == 2


class TestTiles:
    def test_open_site_tiles(self, tmp_path):
        for number in range(400):
            (tmp_path / f"{number:04}.tile").write_bytes(b"TILE")
        assert len(res.open_tiles(tmp_path)) == 400

    def test_open_few_tiles(self, tmp_path):
        for number in range(3):
            (tmp_path / f"{number}.tile").write_bytes(b"TILE")
        assert res.open_tiles(tmp_path) == [b"TILE"] * 3


class TestTools:
    def test_raster_info(self, tmp_path):
        path = tmp_path / "spurn.tif"
        path.write_bytes(b"II*\x00")
        assert "size" in res.raster_info(path)

    def test_gzip(self, tmp_path):
        path = tmp_path / "a.txt"
        path.write_text("shingle " * 100)
        assert res.gzip_size(path) < 800


class TestTide:
    def test_rising_through_two_metres(self):
        assert 6.21 < res.next_high_water_crossing(2.0) < 12.42

    def test_high_water(self):
        assert res.tide_height(0.0) == pytest.approx(3.3)


class TestAlerts:
    def test_surge_alert(self):
        assert res.alerts(np.array([3.9, 4.8, 4.1]), 4.5) == ["surge"]

    def test_calm_reading(self):
        assert res.alerts(np.array([1.2]), 4.5) == []


class TestSurface:
    def test_plane_through_transect(self):
        points = np.array([[0.0, 0.0, 1.0], [1.0, 1.0, 2.0], [2.0, 2.0, 3.0]])
        assert res.fit_plane(points)[2] == pytest.approx(1.0)

    def test_plane(self):
        points = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 2.0], [0.0, 1.0, 3.0]])
        assert res.fit_plane(points) == pytest.approx([1.0, 2.0, 1.0])


class TestVolumes:
    def test_dune_volume(self):
        assert core.volume("dune", r=10.0, h=4.0) == pytest.approx(837.758, rel=1e-3)

    def test_bank_volume(self):
        assert core.volume("bank", l=100.0, w=8.0, h=2.0) == pytest.approx(800.0)


class TestLoad:
    @pytest.mark.parametrize("users", [10, 50, 100], ids=["10-users", "50-users", "100-users"])
    def test_grids_per_user(self, users):
        grids = [res.grid_at(1.0, 10.0, 10.0) for _ in range(users)]
        assert sum(grid.size for grid in grids) == users * 100
