"""Exports for the committee: plot registers, PDFs, a bundle of every plot's sheet."""
import os
import subprocess

from hedgerow import settings


def export_dir():
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    return settings.EXPORT_DIR


def write_register(rows):
    path = os.path.join(export_dir(), "register.csv")
    with open(path, "w") as handle:
        for row in rows:
            handle.write(",".join(row) + "\n")
    return path


def write_archive(folder, size_mb):
    path = os.path.join(folder, "archive.bin")
    chunk = b"\0" * (1024 * 1024)
    with open(path, "wb") as handle:
        for _ in range(size_mb):
            handle.write(chunk)
    return path


def open_sheets(folder, count):
    handles = []
    try:
        for number in range(count):
            handles.append(open(os.path.join(folder, f"plot-{number}.txt"), "w"))
    except OSError:
        for handle in handles:
            handle.close()
        raise
    return handles


def to_pdf(html_path, pdf_path):
    subprocess.run([settings.PDF_TOOL, html_path, pdf_path], check=True, capture_output=True)
    return pdf_path
