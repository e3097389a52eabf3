import os
import sys
import threading

import pytest

from deskhive import doors, reports

pytestmark = pytest.mark.chaos

SHARED_QUOTA = doors.PrintQuota(pages=100)


@pytest.fixture
def badge_sync():
    """Background sync of badge photos, as the service runs it."""
    stop = threading.Event()
    workers = [threading.Thread(target=stop.wait, name=f"badge-sync-{n}", daemon=True) for n in range(3)]
    for worker in workers:
        worker.start()
    return workers


def test_floor_scan_export(tmp_path):
    chunks = (os.urandom(1024 * 1024) for _ in range(12))
    reports.write_export(tmp_path / "floor-scan.bin", chunks)


def test_badge_photos(tmp_path):
    assert reports.bundle_badge_photos(tmp_path, [f"m-{n}" for n in range(1100)]) == 1100


def test_scan_buffer():
    assert len(reports.scan_buffer()) > 0


def test_sync_workers():
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


def test_invoice_pdf(tmp_path):
    source = tmp_path / "invoice.txt"
    source.write_text("desk d4, December: 180.00\n")
    reports.to_pdf(source, tmp_path / "invoice.pdf")


def test_floor_thumbnail():
    assert reports.thumbnail(200 * 1024 * 1024) > 0


def test_occupancy_sensors_slow():
    command = [sys.executable, "-c", "import time; time.sleep(5); print('42')"]
    assert reports.occupancy_from_sensors(command, timeout=1) == "42\n"


def test_render_every_floor():
    assert reports.render_all(160) == [0] * 160


def test_monthly_report():
    assert reports.monthly_report("2026-11", ["m-1,180.00"]).endswith("2026-11.csv")


def test_audit_trail_disk_full():
    with open("/dev/full", "w") as audit:
        audit.write("report 2026-11 sent to leith\n")
        audit.flush()


def test_sync_started(badge_sync):
    assert all(worker.is_alive() for worker in badge_sync)


def test_no_sync_left_running():
    left = [thread.name for thread in threading.enumerate() if thread.name.startswith("badge-sync")]
    assert left == []


def test_print_job_small():
    SHARED_QUOTA.take(60)


def test_print_job_large():
    SHARED_QUOTA.take(60)
