import pytest

from spoilheap import remote

pytestmark = pytest.mark.chaos


class TestNetwork:
    @pytest.mark.parametrize("sample", ["OxA-38811", "OxA-38812"])
    def test_radiocarbon_date(self, lab, sample):
        assert remote.radiocarbon_date(lab, sample)["bp"] > 0

    @pytest.mark.parametrize("sample", ["SUERC-9120", "SUERC-9121"])
    def test_radiocarbon_date_busy_lab(self, slow_lab, sample):
        assert remote.radiocarbon_date(slow_lab, sample)["bp"] > 0

    @pytest.mark.parametrize("batch", [5, 10, 40, 80], ids=lambda batch: f"batch-{batch}")
    def test_queue_samples(self, lab, batch):
        assert remote.queue_samples(lab, [f"S{n}" for n in range(batch)]) == batch

    @pytest.mark.parametrize("tile", [(14, 8150, 5390), (15, 16300, 10780)], ids=["z14", "z15"])
    def test_tile_current(self, tiles, tile):
        base, ca = tiles["current"]
        assert remote.fetch_tile(base, ca, *tile).startswith(b"\x89PNG")

    @pytest.mark.parametrize("tile", [(14, 8150, 5390), (15, 16300, 10780)], ids=["z14", "z15"])
    def test_tile_historic_mapping(self, tiles, tile):
        base, ca = tiles["expired"]
        assert remote.fetch_tile(base, ca, *tile).startswith(b"\x89PNG")

    def test_tile_lidar(self, tiles):
        base, ca = tiles["named"]
        assert remote.fetch_tile(base, ca, 16, 32600, 21560).startswith(b"\x89PNG")

    def test_museum_manifest(self, museum):
        assert len(remote.hand_over(museum, "BOX-17")["items"]) == 399

    @pytest.mark.parametrize("box", ["BOX-18", "BOX-19"])
    def test_museum_manifest_during_deploy(self, cutting_museum, box):
        assert len(remote.hand_over(cutting_museum, box)["items"]) == 399

    def test_museum_notice(self, museum):
        assert remote.notify_museum(museum, "BOX-17") == 202

    def test_borehole_log(self):
        assert remote.borehole(451200, 206300)["strata"]

    def test_scan_upload(self, proxy):
        assert remote.upload_scan("https://archive.her.example", proxy, "pot-17.ply", b"ply\n") == 201
