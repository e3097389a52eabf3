import datetime

import pytest

from rindhall import resources, settings
from tests.conftest import LOADS


class TestResources:
    def test_cave_settings(self):
        assert resources.cave_settings()["cave"]["name"] == "Cave 3"

    def test_cave_humidity_target(self):
        assert resources.cave_settings()["cave"]["humidity"] == 92

    def test_printer_settings(self):
        assert resources.printer_settings()["printer"]["dpi"] == 300

    def test_humidity_alarm(self):
        assert resources.too_humid(97.5)

    def test_humidity_normal(self):
        assert not resources.too_humid(91.0)

    @pytest.mark.parametrize("size", [10_000, 2_000_000], ids=["10-kb", "2-mb"])
    def test_export_stock_sheet(self, size):
        path = resources.export(f"stock-{size}.csv", size)
        assert path.stat().st_size == size

    def test_export_to_tmp(self, tmp_path):
        assert resources.export("x.csv", 100, folder=tmp_path).stat().st_size == 100

    def test_cave_time(self):
        when = datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.timezone.utc)
        assert resources.cave_time(when).hour == 13

    def test_cave_time_summer(self):
        when = datetime.datetime(2026, 7, 1, 12, tzinfo=datetime.timezone.utc)
        assert resources.cave_time(when).hour == 14

    def test_logs_read_close_their_files(self, tmp_path):
        paths = []
        for i in range(50):
            path = tmp_path / f"turns-{i}.log"
            path.write_text(f"turn {i}\n", encoding="utf-8")
            paths.append(path)
        before = resources.open_files()
        assert resources.read_logs(paths)[0] == "turn 0\n"
        assert resources.open_files() == before

    def test_stamp_is_utc(self):
        assert resources.stamp().endswith("+00:00")

    @LOADS
    def test_exports_under_load(self, tmp_path, users):
        for i in range(users // 100):
            resources.export(f"sheet-{i}.csv", 1000, folder=tmp_path)
        assert len(list(tmp_path.iterdir())) == users // 100

    @LOADS
    def test_stamps_under_load(self, users):
        assert len({resources.stamp(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)) for _ in range(users)}) == 1

    def test_open_files_counted(self):
        assert resources.open_files() > 2

    def test_cave_turning_interval(self):
        assert resources.cave_settings()["cave"]["turning"] == "every 3 days"

    def test_monthly_report_export(self):
        path = resources.export("report-2026-03.csv", 100_000)
        assert path.stat().st_size == 100_000
