import pytest

from crumbline import reports

pytestmark = pytest.mark.chaos


def test_all_oven_photos(tmp_path):
    handles = reports.open_oven_photos(tmp_path, 1100)
    try:
        assert len(handles) == 1100
    finally:
        for handle in handles:
            handle.close()


def test_bakers_for_every_tray():
    assert reports.start_bakers(200) == 200


def test_year_of_sales(tmp_path):
    reports.export_sales(tmp_path / "sales.csv", 10)


def test_box_labels():
    assert reports.print_box_labels(["A-1", "A-2"]).returncode == 0


def test_archive_day():
    reports.archive_day("2026-12-05.txt", "loaves: 812\n")


def test_till_roll_on_full_disk():
    reports.flush_till_roll("/dev/full", "rye 3.60\n" * 1000)


def test_probe_ovens():
    assert reports.probe_ovens(3).returncode == 0


def test_temperature_history():
    assert len(reports.temperature_buffer(40, 1000, 365)) > 0
