import subprocess
import tempfile
import threading

import pytest

from rinsewell import settings

pytestmark = pytest.mark.chaos


def test_bag_labels_for_all_hotels(tmp_path):
    handles = []
    try:
        for n in range(1100):
            handles.append(open(tmp_path / f"bag-{n}.lbl", "w"))
    finally:
        for handle in handles:
            handle.close()


def test_press_monitor_threads():
    stop = threading.Event()
    threads = []
    try:
        for _ in range(200):
            thread = threading.Thread(target=stop.wait)
            thread.start()
            threads.append(thread)
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def test_year_of_wash_records(tmp_path):
    with open(tmp_path / "washes-2025.csv", "w") as out:
        for n in range(400_000):
            out.write(f"W-{n},grand-leeds,42.0,2025-01-01\n")


def test_print_van_labels():
    subprocess.run([settings.LABEL_TOOL, "--van", "3"], check=True)


def test_audit_on_full_disk():
    with open("/dev/full", "w") as audit:
        audit.write("W-1 washed\n")
        audit.flush()


def test_scratch_for_manifests():
    with tempfile.NamedTemporaryFile(dir="/var/lib/rinsewell") as scratch:
        scratch.write(b"manifest")
