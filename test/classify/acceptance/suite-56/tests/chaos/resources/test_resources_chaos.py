import threading
import time

import pytest

from keeperlog import cameras


@pytest.mark.chaos
class TestResourceChaos:
    @pytest.mark.parametrize("frames", [200, 1200], ids=["frames-200", "frames-1200"])
    def test_index_night_frames(self, frames_dir, frames):
        assert cameras.index_frames(frames_dir(frames)) == frames

    @pytest.mark.parametrize("frames", [50, 900], ids=["frames-50", "frames-900"])
    def test_heat_map_memory(self, frames):
        assert cameras.stack_frames(frames) == frames * cameras.settings.FRAME_BYTES

    @pytest.mark.parametrize("frames", [1, 3], ids=["frames-1", "frames-3"])
    def test_night_export_disk(self, tmp_path, frames):
        size = cameras.export_night(tmp_path / "night.raw", frames)
        assert size == frames * cameras.settings.FRAME_BYTES

    def test_render_worker_survives(self):
        assert len(cameras.render_heat_maps([3, 5])) == 2

    @pytest.mark.parametrize("sensors", [20, 400], ids=["sensors-20", "sensors-400"])
    def test_sensor_poller_threads(self, sensors):
        stop = threading.Event()
        threads = [threading.Thread(target=stop.wait, daemon=True) for _ in range(sensors)]
        try:
            for thread in threads:
                thread.start()
        finally:
            stop.set()
        time.sleep(0.05)
