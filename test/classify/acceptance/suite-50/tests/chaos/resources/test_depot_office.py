import threading

import pytest

from combwright import exports

pytestmark = pytest.mark.chaos


def test_hive_monitor_threads():
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


def test_season_of_hive_readings(tmp_path):
    with open(tmp_path / "readings-2026.csv", "w") as out:
        for n in range(400_000):
            out.write(f"HH-{n % 80:02d},2026-06-01T04:00:00,41.5,34.9\n")


def test_jar_labels_printed():
    exports.print_labels("B-12", 240)


def test_season_export_folder():
    assert exports.export_dir().endswith("exports")
