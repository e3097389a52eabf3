import datetime as dt
from unittest import mock

import pytest

from voltbay import reports, roaming, sites


def test_energy_label():
    assert reports.energy_label(12_500_000) == "12,500 kWh"


def test_session_length_label():
    assert reports.session_length_label(5400) == "an hour"


def test_ccs_connector_of_station():
    station = {"connectors": [{"type": "ccs", "id": 1}, {"type": "type2", "id": 2}, {"type": "ccs", "id": 3}]}
    assert reports.connector_of(station, "ccs")["id"] == 1


def test_public_link():
    assert reports.public_link("https://map.voltbay.example/", "Harbour/North") == "https://map.voltbay.example/stations/Harbour%2FNorth"


def test_booking_window_in_hours():
    assert reports.booking_window("2 hrs") == dt.timedelta(hours=2)


def test_station_feed():
    feed = reports.station_feed([{"id": "HAM-0007", "name": "Harbour & Docks"}])
    assert "Harbour" in feed


def test_uptime_rounding():
    assert reports.uptime_percent([1439]) == [99.93]


def test_root_transformer_of_nested_site():
    topology = {"HAM": {"parent": None}, "HAM-N": {"parent": "HAM-S"}, "HAM-S": {"parent": "HAM-N"}}
    assert sites.root_transformer(topology, "HAM-N") == "HAM"


def test_load_share_of_leaf_site():
    topology = {"HAM": {"parent": None, "limit_kw": 400}, "HAM-N": {"parent": "HAM", "limit_kw": 200}}
    assert sites.load_share(topology, "HAM-N") == 200


def test_site_headroom():
    with mock.patch("voltbay.roaming.grid_limit_kw", return_value=400.0):
        assert sites.site_headroom_kw("HAM", 150.0) == 250.0


def test_unknown_operator_window():
    with pytest.raises(LookupError):
        reports.connector_of({"connectors": []}, "ccs")


def test_export_name(export_folder):
    assert export_folder.name == "exports"


@pytest.fixture
def report_folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    yield folder
    folder.rmdir()


def test_daily_report_written(report_folder):
    (report_folder / "2026-11-02.txt").write_text("ok")
    assert (report_folder / "2026-11-02.txt").exists()
