"""Managers' reports: pen snapshots, the walkers' threads, exports, kennel labels."""
import os
import subprocess
import threading

from pawstay import settings


def open_snapshots(folder, count):
    handles = []
    for number in range(count):
        handles.append(open(os.path.join(folder, f"pen-{number}.jpg"), "wb"))
    return handles


def start_walkers(count):
    stop = threading.Event()
    walkers = [threading.Thread(target=stop.wait, daemon=True) for _ in range(count)]
    try:
        for walker in walkers:
            walker.start()
    finally:
        stop.set()
    return len(walkers)


def export_stays(path, megabytes):
    row = b"stay,rex,k1,2026-12-01,2026-12-05\n" * 32768
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(row)


def print_labels(names):
    return subprocess.run([settings.LABEL_TOOL, "--names", ",".join(names)], capture_output=True, check=True)


def write_report(name, text):
    os.makedirs(settings.REPORT_DIR, exist_ok=True)
    with open(os.path.join(settings.REPORT_DIR, name), "w") as handle:
        handle.write(text)


def flush_report(path, text):
    with open(path, "w") as handle:
        handle.write(text)
        handle.flush()
