"""Receipts and day sheets on disk and through the receipt printer tool."""
import subprocess


def write_day_sheet(path, rows):
    with open(path, "w") as f:
        for row in rows:
            f.write(row + "\n")


def open_receipts(paths):
    return [open(p) for p in paths]


def print_receipt(path):
    return subprocess.run(["lpr-receipts", "-P", "reception", path], check=True, capture_output=True)
