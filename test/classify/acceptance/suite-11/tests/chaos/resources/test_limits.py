"""The kiosk under the runner's limits: open files, file size, threads, tools."""

import threading

import pytest

from lendwell import printing, reports

pytestmark = pytest.mark.chaos


def test_cover_thumbnails_for_the_whole_shelf(tmp_path):
    thumbnails = []
    try:
        for number in range(1500):
            thumbnails.append(open(tmp_path / f"cover-{number}.jpg", "wb"))
    finally:
        for thumbnail in thumbnails:
            thumbnail.close()


def test_yearly_loans_export(tmp_path):
    rows = ((f"3000100{n:07d}", f"LW{n % 9000:06d}", "2026-11-02T10:12:00", "x" * 60) for n in range(140_000))
    assert reports.export_text(rows, tmp_path / "loans-2026.csv").exists()


def test_one_watcher_thread_per_self_service_kiosk():
    stop = threading.Event()
    watchers = []
    try:
        for _ in range(300):
            watcher = threading.Thread(target=stop.wait, daemon=True)
            watcher.start()
            watchers.append(watcher)
    finally:
        stop.set()
    assert len(watchers) == 300


def test_hold_slip_is_printed(settings):
    printing.print_slip(settings, "HOLD  Wolf Hall  LW000101  until 2026-12-09\n")
