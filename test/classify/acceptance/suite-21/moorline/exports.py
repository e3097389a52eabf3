"""Nightly exports: the harbour dues ledger and the berth log."""
import csv


def write_ledger(path, rows):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        for row in rows:
            writer.writerow(row)
        f.flush()


def write_log(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line)


def open_manifests(paths):
    """Opens every arrival manifest to check its header."""
    handles = [open(p) for p in paths]
    return [h.readline() for h in handles]
