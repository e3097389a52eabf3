import os
import pathlib
import tempfile

import pytest

from treadmark import reports

pytestmark = pytest.mark.chaos

EXPORTS = pathlib.Path(tempfile.mkdtemp(prefix="exports-", dir=pathlib.Path(__file__).resolve().parent))


def test_all_tyre_photos(tmp_path):
    handles = reports.open_photos(tmp_path, 1100)
    try:
        assert len(handles) == 1100
    finally:
        for handle in handles:
            handle.close()


def test_bay_threads_for_every_depot():
    assert reports.start_bays(200) == 200


def test_year_of_invoices(tmp_path):
    reports.export_invoices(tmp_path / "invoices.csv", 10)


def test_alignment_report():
    assert reports.alignment_report("YK19 ABC").returncode == 0


def test_audit_on_full_disk():
    reports.flush_audit("/dev/full", "bay LEEDS-2 lift raised\n" * 1000)


def test_daily_export():
    reports.write_export(EXPORTS, "daily.csv", ["INV-1,8900"])
    assert os.listdir(EXPORTS) == ["daily.csv"]


def test_weekly_export():
    reports.write_export(EXPORTS, "weekly.csv", ["INV-1,8900", "INV-2,11200"])
    assert os.listdir(EXPORTS) == ["weekly.csv"]

