import csv
import os

import pytest

from brinewell import res


@pytest.mark.chaos
class TestResourcesChaos:
    def test_export_to_spool(self):
        path = res.write_export("week-49.csv", [["pan", "kg"], [1, 12.5]])
        assert path.exists()

    def test_export_in_tmp(self, tmp_path, monkeypatch):
        monkeypatch.setenv("BRINEWELL_SPOOL", str(tmp_path))
        path = res.write_export("week-48.csv", [["pan", "kg"], [2, 30.0]])
        with open(path, newline="") as handle:
            assert list(csv.reader(handle)) == [["pan", "kg"], ["2", "30.0"]]

    def test_batches_of_harvests(self):
        assert res.batches(range(5), 2) == [[0, 1], [2, 3], [4]]

    def test_format_kg_swedish(self):
        assert res.format_kg(1234.5) == "1\xa0234,5"

    @pytest.mark.parametrize("kb", [2, 50], ids=["thumbnail", "pan-photo"])
    def test_photo_upload(self, kb):
        assert res.accept_photo(os.urandom(kb * 1024)) == kb * 1024

    def test_retention_from_limits(self):
        assert res.retention_days() == 30

    def test_price_total(self):
        assert res.price_total([0.1, 0.2, 0.3]) == 0.6

    def test_price_total_exact(self):
        assert float(res.price_total_exact([0.1, 0.2, 0.3])) == 0.6

    def test_label_printer(self):
        assert res.label_printer().startswith("ipp://")

    @pytest.mark.parametrize("rows", [1, 100, 1000])
    def test_export_sizes(self, tmp_path, monkeypatch, rows):
        monkeypatch.setenv("BRINEWELL_SPOOL", str(tmp_path))
        path = res.write_export("rows.csv", [[i, i * 0.5] for i in range(rows)])
        assert sum(1 for _ in open(path)) == rows

    def test_spool_env_named(self):
        assert "BRINEWELL_SPOOL" in os.environ

    def test_export_names_non_ascii(self, tmp_path, monkeypatch):
        monkeypatch.setenv("BRINEWELL_SPOOL", str(tmp_path))
        path = res.write_export("buyers.csv", [["Åsa Öberg", "Saltbod Øst"]])
        assert "Åsa" in path.read_text(encoding="utf-8")

    def test_free_disk_for_spool(self, tmp_path):
        stats = os.statvfs(tmp_path)
        assert stats.f_bavail * stats.f_frsize > 1024 * 1024

    def test_open_files_limit(self):
        import resource
        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
        assert soft >= 256

    def test_cpu_count(self):
        assert (os.cpu_count() or 1) >= 1

    def test_batch_size_from_limits_file(self):
        import json
        from brinewell import settings
        assert json.loads((settings.CONFIG / "limits.json").read_text())["max_batch"] == 25

    def test_price_total_empty(self):
        assert res.price_total([]) == 0

    def test_batches_empty(self):
        assert res.batches([], 3) == []
