"""Exports: nightly logs, stacked frames, thumbnails (ImageMagick's convert)."""
import os
import subprocess

from starwick import settings


def write_log(path, lines):
    with open(path, "w") as handle:
        for line in lines:
            handle.write(line + "\n")
        handle.flush()
    return path


def write_stack(path, frames):
    with open(path, "wb") as handle:
        for frame in frames:
            handle.write(frame)
    return path


def thumbnail(source, target):
    subprocess.run(["convert", source, "-resize", "256x256", target], check=True, capture_output=True)
    return target


def export_dir():
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    return settings.EXPORT_DIR
