import os
import shutil
import subprocess
import threading

from rinseway import receipts


def test_open_all_receipt_files(tmp_path):
    handles = []
    try:
        for index in range(1100):
            handles.append(open(tmp_path / f"receipt-{index}.txt", "w"))
    finally:
        for handle in handles:
            handle.close()


def test_nightly_archive(tmp_path):
    with open(tmp_path / "archive.bin", "wb") as handle:
        for _ in range(12):
            handle.write(b"\0" * 1_000_000)


def test_load_telemetry_history():
    history = bytearray(64 * 1024 ** 4)
    assert len(history)


def test_one_thread_per_machine():
    stop = threading.Event()
    threads = []
    try:
        for _ in range(300):
            thread = threading.Thread(target=stop.wait)
            thread.start()
            threads.append(thread)
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def test_print_receipt_label(tmp_path):
    label = tmp_path / "label.txt"
    label.write_text("LDN-01 wash 4.50")
    subprocess.run(["lpr", "-P", "shop-printer", str(label)], check=True)


def test_daily_export():
    assert os.path.exists(receipts.export_day("2026-12-04", ["a,b"]))
