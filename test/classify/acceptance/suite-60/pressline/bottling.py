"""Bottling runs: label images, the run's export, the label printer, lot tracing."""
import os
import subprocess

from pressline import settings


def open_label_images(folder):
    handles = [open(os.path.join(folder, name), "rb") for name in sorted(os.listdir(folder))]
    return len(handles)


def export_run(path, bottles):
    with open(path, "wb") as out:
        for _ in range(bottles // 1000):
            out.write(b"L" * (100 * 1024))
    return os.path.getsize(path)


def trace_lots(bottles):
    # One record of every bottle's fill readings, kept in memory while the run is traced.
    readings = [0.0] * (bottles * 64)
    return len(readings) // 64


def print_labels(path):
    return subprocess.run([settings.LABEL_TOOL, "--output", path + ".pdf", path], check=True).returncode
