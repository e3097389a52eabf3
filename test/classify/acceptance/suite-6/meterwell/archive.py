"""Monthly exports and compressed archives."""

import csv
import gzip
import json
import shutil
import subprocess
from pathlib import Path


def export_month(path, rows):
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["meter", "ts", "wh"])
        for row in rows:
            writer.writerow(row)
    return Path(path).stat().st_size


def graph_month(rrd_path, png_path):
    subprocess.run(
        ["rrdtool", "graph", str(png_path), f"DEF:wh={rrd_path}:wh:AVERAGE", "LINE1:wh#0000ff"],
        check=True,
        capture_output=True,
    )


def compress(path):
    subprocess.run(["zstd", "-q", "-f", str(path)], check=True)
    return Path(f"{path}.zst")


def read_archive(path):
    with gzip.open(path, "rt") as handle:
        return json.load(handle)


def rotate_spool(spool, archive_dir):
    target = Path(archive_dir) / spool.name
    shutil.move(str(spool), target)
    return target
