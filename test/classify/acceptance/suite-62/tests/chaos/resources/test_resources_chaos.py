import pytest

from tremorline import archive


@pytest.mark.chaos
class TestResources:
    def test_hour_exported(self, tmp_path):
        assert archive.export_day(tmp_path / "hour.mseed", 36000, 60) == 4_320_000

    def test_day_exported(self, tmp_path):
        assert archive.export_day(tmp_path / "day.mseed", 864000, 12) == 20_736_000

    def test_day_opened_for_small_network(self, tmp_path):
        handles = archive.open_channels(tmp_path, [f"TRM{n:02d}.BH{c}" for n in range(20) for c in "ZNE"])
        assert len(handles) == 60

    def test_day_opened_for_whole_network(self, tmp_path):
        handles = archive.open_channels(tmp_path, [f"TRM{n:03d}.BH{c}" for n in range(400) for c in "ZNE"])
        assert len(handles) == 1200
