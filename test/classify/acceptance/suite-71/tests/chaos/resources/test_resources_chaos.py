import os

import pytest

from humpyard import resources

LOADS = pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])


@pytest.mark.chaos
class TestResources:
    def test_export_small_shift(self):
        path = resources.export_shift("early-turn", [("GBRF-4410", "T03", 64.0)])
        assert os.path.getsize(path) > 0

    def test_export_folder_ready(self):
        path = resources.export_shift("probe", [])
        assert os.path.dirname(path) == resources.settings.EXPORT_DIR

    @LOADS
    def test_export_shift_under_load(self, users):
        rows = [(f"GBRF-{row:06d}", f"T{row % 40:02d}", 64.0, "Peak Forest", "6M40") for row in range(users * 8)]
        path = resources.export_shift(f"shift-{users}", rows)
        assert os.path.getsize(path) > users * 8 * 30

    def test_export_day_report(self):
        rows = [(f"GBRF-{row:06d}", f"T{row % 40:02d}", 64.0, "Tinsley", "4E22") for row in range(3000)]
        resources.export_shift("day-report", rows)

    def test_manifests_small_train(self, tmp_path):
        manifests = resources.Manifests(str(tmp_path))
        try:
            assert manifests.make_up([f"GBRF-{wagon:04d}" for wagon in range(10)]) == 10
        finally:
            manifests.close()

    def test_manifests_in_a_small_container(self, tmp_path, descriptor_cap):
        manifests = resources.Manifests(str(tmp_path))
        descriptor_cap(64)
        try:
            assert manifests.make_up([f"GBRF-{wagon:04d}" for wagon in range(100)]) == 100
        finally:
            manifests.close()

    @LOADS
    def test_manifests_under_load(self, tmp_path, descriptor_cap, users):
        manifests = resources.Manifests(str(tmp_path))
        descriptor_cap(256)
        try:
            assert manifests.make_up([f"GBRF-{wagon:04d}" for wagon in range(min(users, 400))]) == min(users, 400)
        finally:
            manifests.close()

    def test_history_of_one_day(self):
        assert resources.history_snapshot(1).count(b"\n") == 20_000

    def test_history_snapshot_in_a_small_container(self, memory_cap):
        memory_cap(160 * 1024 * 1024)
        snapshot = resources.history_snapshot(60)
        assert snapshot.count(b"\n") == 60 * 20_000

    def test_history_chunks_in_a_small_container(self, memory_cap):
        memory_cap(160 * 1024 * 1024)
        lines = sum(chunk.count(b"\n") for chunk in resources.history_chunks(60))
        assert lines == 60 * 20_000

    def test_tool_runs(self):
        assert resources.run_tool(["gzip", "-c"], b"wagon GBRF-4410\n").startswith(b"\x1f\x8b")

    def test_hung_tool_stopped(self):
        with pytest.raises(resources.ToolTimeout):
            resources.run_tool(["sleep", "5"], deadline=0.2)

    def test_compress_day_export(self):
        data = os.urandom(48 * 1024 * 1024)
        assert len(resources.run_tool(["gzip", "-9"], data)) > len(data) // 2

    def test_print_shift_sheet(self):
        resources.run_tool(["lp", "-d", "yard-office"], b"shift sheet\n")

    @LOADS
    def test_trackers_in_a_small_container(self, memory_cap, users):
        memory_cap(256 * 1024 * 1024)
        stop, threads = resources.spawn_trackers(min(users, 200))
        stop.set()
        for thread in threads:
            thread.join()
        assert len(threads) == min(users, 200)

    def test_trackers_stop(self):
        stop, threads = resources.spawn_trackers(5)
        stop.set()
        for thread in threads:
            thread.join(1)
        assert not any(thread.is_alive() for thread in threads)
