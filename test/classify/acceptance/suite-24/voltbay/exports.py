"""Daily exports: meter CSVs, plots and the payout file."""

import csv
import os
import subprocess
import threading
from pathlib import Path

from voltbay import settings


def export_dir() -> Path:
    path = Path(settings.EXPORT_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_meter_csv(path, rows) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow(row)


def write_payout(path, records: list) -> None:
    with open(path, "w") as handle:
        for record in records:
            handle.write(f"{record['iban']};{record['amount']}\n")
        handle.flush()


def plot_load(csv_path) -> bytes:
    return subprocess.run([settings.PLOTTER, "-e", f"plot '{csv_path}'"], capture_output=True, check=True).stdout


def open_meter_logs(folder: Path, stations: list) -> dict:
    """One log file per station, kept open while the day's meter values stream in."""
    handles = {}
    for station in stations:
        handles[station] = open(folder / f"{station}.log", "a")
    return handles


def poll_stations(stations: list, poll) -> list:
    results = [None] * len(stations)
    threads = []
    for index, station in enumerate(stations):
        thread = threading.Thread(target=lambda i=index, s=station: results.__setitem__(i, poll(s)))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    return results
