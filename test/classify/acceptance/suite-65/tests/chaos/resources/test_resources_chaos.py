import os

import pytest

from gridcall import exports


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("feeders", [10, 100, 400])
    def test_some_snapshots(self, tmp_path, feeders):
        handles = exports.open_snapshots(str(tmp_path), feeders)
        for handle in handles:
            handle.close()
        assert len(os.listdir(tmp_path)) == feeders

    @pytest.mark.parametrize("rows", [1000, 50_000, 400_000], ids=["month", "quarter", "year"])
    def test_regulator_report(self, tmp_path, rows):
        assert exports.regulator_report(str(tmp_path / "report.csv"), rows) > 0

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_meter_pollers(self, users):
        assert exports.poll_meters(min(users, 400)) == min(users, 400)

    @pytest.mark.parametrize("size", [1, 10, 100], ids=lambda n: f"{n}-mb")
    def test_buffer_allocation(self, size):
        assert len(bytearray(size * 1024 * 1024)) == size * 1024 * 1024

    def test_tmp_path_writable(self, tmp_path):
        (tmp_path / "probe").write_text("ok")
        assert (tmp_path / "probe").read_text() == "ok"

    @pytest.mark.parametrize("count", [10, 50, 100])
    def test_worker_threads(self, count):
        assert exports.poll_meters(count) == count

    def test_cpu_count_known(self):
        assert os.cpu_count() >= 1

    def test_disk_has_room(self, tmp_path):
        stats = os.statvfs(tmp_path)
        assert stats.f_bavail * stats.f_frsize > 10 * 1024 * 1024

    def test_feeder_snapshots_kept_open(self, tmp_path):
        handles = exports.open_snapshots(str(tmp_path), 1200)
        try:
            assert len(handles) == 1200
        finally:
            for handle in handles:
                handle.close()

    def test_snapshot_names(self, tmp_path):
        handles = exports.open_snapshots(str(tmp_path), 3)
        for handle in handles:
            handle.close()
        assert sorted(os.listdir(tmp_path))[0] == "snapshot-0.csv"

    def test_report_header_free(self, tmp_path):
        path = tmp_path / "r.csv"
        exports.regulator_report(str(path), 1)
        assert path.read_text().startswith("0,F-000")
