import datetime
import logging
import os

import pytest

from ropewalk import res, settings


@pytest.fixture
def small_uploads():
    res.LIMITS["upload_kb"] = 64
    yield res.LIMITS


@pytest.mark.chaos
class TestResourcesChaos:
    def test_gzip_export(self, tmp_path):
        path = tmp_path / "coils.csv"
        path.write_text("coil,metres\nC-1,220\n" * 100)
        assert res.gzip_export(path).stat().st_size < path.stat().st_size

    def test_compressed_export(self, tmp_path):
        path = tmp_path / "ropes.csv"
        path.write_text("rope,metres\nR-1,220\n" * 100)
        assert res.compress_export(path).exists()

    def test_metres_formatted_for_plant(self):
        assert res.format_metres(1234.5) == "1.234,5"

    def test_runner_zone(self):
        assert res.runner_zone().utcoffset(datetime.datetime(2026, 1, 1)) is not None

    def test_plant_zone(self):
        assert res.plant_zone().key

    def test_shift_start(self):
        assert res.shift_start(datetime.date(2026, 3, 2)).hour == 6

    def test_dependencies_recent(self):
        assert res.check_dependencies()

    def test_free_disk(self, tmp_path):
        assert res.free_disk_mb(tmp_path) > 1

    def test_logging_configured(self):
        assert settings.configure_logging().name == "ropewalk"

    def test_default_log_level(self, monkeypatch):
        monkeypatch.delenv("ROPEWALK_LOG_LEVEL", raising=False)
        assert settings.configure_logging().level == logging.INFO

    def test_small_upload_refused(self, small_uploads):
        assert not res.upload_allowed(128)

    def test_upload_of_200_kb(self):
        assert res.upload_allowed(200)

    def test_upload_of_500_kb(self):
        assert res.upload_allowed(500)

    def test_upload_over_limit(self):
        assert not res.upload_allowed(4096)

    @pytest.mark.parametrize("files", [10, 100, 500], ids=lambda n: f"{n}-files")
    def test_many_exports(self, tmp_path, files):
        for i in range(files):
            (tmp_path / f"e{i}.csv").write_text("x")
        assert len(list(tmp_path.iterdir())) == files

    def test_dry_run_off(self, monkeypatch):
        monkeypatch.setenv("ROPEWALK_DRY_RUN", "0")
        assert settings.dry_run() is False

    def test_dry_run_on(self, monkeypatch):
        monkeypatch.setenv("ROPEWALK_DRY_RUN", "1")
        assert settings.dry_run() is True

    def test_temp_files_cleaned(self, tmp_path):
        (tmp_path / "t.tmp").write_text("x")
        (tmp_path / "t.tmp").unlink()
        assert list(tmp_path.iterdir()) == []

    def test_export_folder_writable(self, tmp_path):
        folder = tmp_path / "exports"
        folder.mkdir()
        assert os.access(folder, os.W_OK)
