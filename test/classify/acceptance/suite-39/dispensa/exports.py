"""Controlled-drug register exports, label printing and the nightly reconciliation workers."""
import os
import subprocess
import threading

from . import settings


def write_register(path, rows):
    with open(path, "w") as f:
        for row in rows:
            f.write(row + "\n")


def export_dir():
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    return settings.EXPORT_DIR


def print_label(text):
    return subprocess.run([settings.LABEL_PRINTER_TOOL, "-P", "counter"], input=text.encode(), check=True)


def open_branch_files(folder, count):
    return [open(os.path.join(folder, f"branch-{n}.csv"), "w") for n in range(count)]


def start_reconcilers(count, stop):
    threads = [threading.Thread(target=stop.wait) for _ in range(count)]
    for t in threads:
        t.start()
    return threads


def reconcile_with_tool(timeout):
    return subprocess.run(["sleep", "5"], timeout=timeout, check=True)
