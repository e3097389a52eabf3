"""Entries imported from the online entry form's exports; one import at a time per folder."""
import csv


class ImportInProgress(RuntimeError):
    pass


def start_import(folder):
    lock = folder / "import.lock"
    if lock.exists():
        raise ImportInProgress(f"an import is already running in {folder} ({lock.name} exists)")
    lock.write_text("running")
    return lock


def read_entries(path):
    with open(path, newline="") as f:
        return [row for row in csv.DictReader(f)]
