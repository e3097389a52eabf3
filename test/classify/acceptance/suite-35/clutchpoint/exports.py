"""Exports for the office: lesson sheets, the instructors' logbooks, pass certificates."""
import os
import subprocess
import threading

from clutchpoint import settings


def write_logbook(rows):
    path = os.path.join(settings.EXPORT_DIR, "logbook.csv")
    with open(path, "w") as handle:
        for row in rows:
            handle.write(",".join(row) + "\n")
    return path


def write_dashcam_archive(folder, megabytes):
    path = os.path.join(folder, "dashcam.bin")
    chunk = b"\0" * (1024 * 1024)
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(chunk)
    return path


def open_lesson_sheets(folder, count):
    # Every sheet stays open until the whole term is written.
    return [open(os.path.join(folder, f"sheet-{n}.txt"), "w") for n in range(count)]


def render_all(learners):
    threads = [threading.Thread(target=lambda: threading.Event().wait(2)) for _ in learners]
    for thread in threads:
        thread.start()
    return threads


def certificate_qr(text, out):
    subprocess.run([settings.CERT_TOOL, "-o", out, text], check=True)
    return out
