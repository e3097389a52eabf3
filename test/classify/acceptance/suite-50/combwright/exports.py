"""Season exports and jar labels."""
import os
import subprocess

from combwright import settings


def export_dir():
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    return settings.EXPORT_DIR


def print_labels(batch, count):
    subprocess.run([settings.LABEL_TOOL, "--barcode=20", f"--data={batch}", f"--copies={count}"], check=True)
