"""Unit labels on disk and printed through the label tool."""
import os
import subprocess

from redcell import settings


def write_archive(folder, size_mb):
    path = os.path.join(folder, "labels.tar")
    with open(path, "wb") as archive:
        for _ in range(size_mb):
            archive.write(b"\0" * 1024 * 1024)
    return path


def open_all(folder, count):
    handles = []
    try:
        for number in range(count):
            handles.append(open(os.path.join(folder, f"label-{number}.zpl"), "w"))
        return len(handles)
    finally:
        for handle in handles:
            handle.close()


def print_labels(path):
    return subprocess.run([settings.LABEL_TOOL, "--input", path], check=True, capture_output=True)
