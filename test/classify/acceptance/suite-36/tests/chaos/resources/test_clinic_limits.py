import os
import threading

import pytest

from chairside import exports

pytestmark = pytest.mark.chaos


def test_xray_bundle(tmp_path):
    images = [os.urandom(1024 * 1024) for _ in range(10)]
    exports.write_bundle(tmp_path / "bundle.bin", images)


def test_morning_summary(tmp_path):
    handles = exports.open_patient_files(tmp_path, range(1100))
    assert len(handles) == 1100


def test_reminder_workers():
    stop = threading.Event()
    workers = []
    try:
        for _ in range(200):
            worker = threading.Thread(target=stop.wait)
            worker.start()
            workers.append(worker)
    finally:
        stop.set()
        for worker in workers:
            worker.join()


def test_day_sheet_pdf(tmp_path):
    source = tmp_path / "day.txt"
    source.write_text("09:00 checkup\n")
    exports.to_pdf(source, tmp_path / "day.pdf")


def test_day_sheet_export():
    assert exports.export_day_sheet("2026-12-07.csv", ["09:00,ada,checkup"]).endswith(".csv")


def test_audit_log_disk_full():
    with open("/dev/full", "w") as audit:
        audit.write("export day sheet 2026-12-07\n")
        audit.flush()
