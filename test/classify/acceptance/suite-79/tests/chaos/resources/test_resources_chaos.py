import json
import os

import pytest

from kilnyard import res

REPORT = "/tmp/kilnyard-report.csv"


@pytest.fixture
def sheets(tmp_path):
    for name in ("tenmoku", "ash", "shino", "celadon", "oribe", "kaki", "temmoku-oil", "chun"):
        res.write_sheet(str(tmp_path), f"{name}.batch", [name])
        res.write_sheet(str(tmp_path), f"{name}.log", [name])
    return str(tmp_path)


class TestSheets:
    def test_batch_files_sorted(self, sheets):
        names = res.batch_files(sheets)
        assert names == sorted(names)

    def test_batch_files_all_found(self, sheets):
        assert len(res.batch_files(sheets)) == 8

    def test_kiln_logs(self, sheets):
        assert res.kiln_logs(sheets) == [n for n in os.listdir(sheets) if n.endswith(".log")]

    def test_kiln_logs_only_logs(self, sheets):
        assert all(name.endswith(".log") for name in res.kiln_logs(sheets))

    def test_write_sheet(self, tmp_path):
        path = res.write_sheet(str(tmp_path), "x.batch", ["a", "b"])
        assert open(path).read() == "a\nb\n"

    def test_write_sheet_overwrites(self, tmp_path):
        res.write_sheet(str(tmp_path), "x.batch", ["a", "b"])
        path = res.write_sheet(str(tmp_path), "x.batch", ["c"])
        assert open(path).read() == "c\n"


class TestReports:
    def test_report_written(self):
        res.export_report(REPORT, [["k1", 10], ["k2", 6]])
        assert os.path.exists(REPORT)

    def test_report_rows(self):
        res.export_report(REPORT, [["k3", 9], ["k1", 10]])
        with open(REPORT) as f:
            assert len(f.readlines()) == 2

    def test_report_in_tmp_path(self, tmp_path):
        path = tmp_path / "r.csv"
        res.export_report(path, [["k1", 10]])
        res.export_report(path, [["k2", 6]])
        assert path.read_text().splitlines() == ["k1,10", "k2,6"]


class TestLogs:
    def test_open_logs(self, tmp_path):
        logs = res.open_logs(str(tmp_path), ["k1", "k2"])
        assert set(logs) == {"k1", "k2"}

    def test_open_logs_every_kiln(self, tmp_path):
        logs = res.open_logs(str(tmp_path), [f"k{n}" for n in range(300)])
        assert len(logs) == 300

    def test_logs_appendable(self, tmp_path):
        logs = res.open_logs(str(tmp_path), ["k1"])
        logs["k1"].write("1180\n")
        logs["k1"].close()
        assert (tmp_path / "k1.log").read_text() == "1180\n"


class TestCatalogue:
    def test_catalogue_loaded(self):
        assert len(res.catalogue()) > 0

    def test_catalogue_setting_is_csv(self):
        from kilnyard import settings

        assert settings.load()["glazes"]["catalogue"].endswith(".csv")


class TestProfile:
    def test_profile_defaults(self):
        with open(os.path.expanduser("~/.kilnyard/defaults.json")) as f:
            defaults = json.load(f)
        assert defaults["kiln"] in ("k1", "k2", "k3")

    def test_profile_absent(self):
        assert res.profile() is None or res.profile().endswith("profile.json")


class TestSettings:
    def test_studio_name(self):
        from kilnyard import settings

        assert settings.load()["studio"]["name"] == "Kilnyard Ceramics"

    def test_refresh_window(self):
        from kilnyard import settings

        assert settings.duration(settings.load()["sessions"]["refresh_window"]) == 300

    def test_duration_hours(self):
        from kilnyard import settings

        assert settings.duration("2h") == 7200

    def test_duration_seconds(self):
        from kilnyard import settings

        assert settings.duration(90) == 90

    def test_max_load(self):
        from kilnyard import settings

        assert settings.load()["firing"]["max_load_kg"] == 120
