import os
import threading

import pytest

from voltbay import exports

pytestmark = pytest.mark.chaos


def test_export_folder_created():
    assert exports.export_dir().is_dir()


def test_meter_csv_on_full_disk():
    exports.write_meter_csv("/dev/full", [("HAM-0007", 1800000000 + i, 11.2) for i in range(2000)])


def test_payout_file_for_month(tmp_path):
    records = [{"iban": f"DE89370400440532013{i:03d}", "amount": "12.34"} for i in range(400000)]
    exports.write_payout(tmp_path / "payout.csv", records)


def test_load_plot(tmp_path):
    data = tmp_path / "load.csv"
    data.write_text("0,11\n1,22\n")
    assert exports.plot_load(data)


def test_meter_logs_for_all_stations(tmp_path):
    stations = [f"HAM-{index:04d}" for index in range(1100)]
    handles = exports.open_meter_logs(tmp_path, stations)
    assert len(handles) == 1100


def test_poll_every_station():
    stations = [f"HAM-{index:04d}" for index in range(300)]
    release = threading.Event()

    def poll(station):
        release.wait(0.5)
        return station

    assert len(exports.poll_stations(stations, poll)) == 300
