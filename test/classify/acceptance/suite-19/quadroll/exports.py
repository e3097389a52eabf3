"""Transcripts and timetable exports on disk; rendering to PDF with a tool; prerequisite chains."""
import os
import pathlib
import subprocess
import threading

from quadroll import settings


def export_path(name):
    return pathlib.Path(settings.EXPORT_DIR) / name


def write_export(name, rows):
    with open(export_path(name), "w", encoding="utf-8") as handle:
        handle.writelines(f"{row}\n" for row in rows)


def open_transcripts(folder, count):
    handles = []
    try:
        for number in range(count):
            handles.append(open(pathlib.Path(folder) / f"transcript-{number}.txt", "w"))
    except OSError:
        for handle in handles:
            handle.close()
        raise
    return handles


def write_bytes(path, size):
    with open(path, "wb") as handle:
        for _ in range(size // 65536):
            handle.write(b"\0" * 65536)


def render_pdf(html_path, pdf_path):
    subprocess.run(["wkhtmltopdf", "--quiet", str(html_path), str(pdf_path)], check=True)


def notify_all(students, send):
    threads = [threading.Thread(target=send, args=(student,)) for student in students]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def chain(course, prerequisites):
    result = []
    for before in prerequisites.get(course, []):
        result.extend(chain(before, prerequisites))
        result.append(before)
    return result


def flush(path, data):
    fd = os.open(path, os.O_WRONLY)
    try:
        return os.write(fd, data)
    finally:
        os.close(fd)
