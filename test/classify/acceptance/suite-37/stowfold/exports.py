"""Exports for the site offices: CSV files, PDFs (pdftk), and the nightly bundle."""
import os
import pathlib
import subprocess

from . import settings


def export_dir():
    path = pathlib.Path(settings.EXPORT_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_statement(folder, unit, lines):
    path = pathlib.Path(folder) / f"{unit}.csv"
    with open(path, "w") as out:
        for line in lines:
            out.write(line + "\n")
    return path


def merge_pdfs(paths, out):
    subprocess.run(["pdftk", *map(str, paths), "cat", "output", str(out)], check=True)
    return out


def open_unit_files(folder, units):
    return [open(pathlib.Path(folder) / f"{unit}.log", "a") for unit in units]


def spool_cctv(folder, megabytes):
    path = pathlib.Path(folder) / "cctv.bin"
    with open(path, "wb") as out:
        for _ in range(megabytes):
            out.write(os.urandom(1024 * 1024))
    return path
