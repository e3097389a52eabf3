"""Daily exports for the accounts office: spreadsheets, CSV dumps and printed manifests."""
import csv
import os
import subprocess

import xlsxwriter

from snowgate import settings


def rides_workbook(path: str, day_label: str, rows: list[tuple[str, int]]) -> None:
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet(f"Lift rides by hour, {day_label}")
    for index, (lift, rides) in enumerate(rows):
        sheet.write_row(index, 0, (lift, rides))
    workbook.close()


def export_path(name: str) -> str:
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    return os.path.join(settings.EXPORT_DIR, name)


def dump_scans(path: str, scans) -> int:
    count = 0
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        for scan in scans:
            writer.writerow(scan)
            count += 1
    return count


def print_manifest(path: str) -> None:
    subprocess.run(["lp", "-d", "patrol-office", path], check=True)


def open_all_receipts(folder: str) -> list:
    return [open(os.path.join(folder, name)) for name in sorted(os.listdir(folder))]
