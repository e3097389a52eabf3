"""The back office: tyre photos, bay threads, the year's invoices, the alignment report tool, the audit trail."""
import subprocess
import threading

from treadmark import settings


def open_photos(folder, count):
    handles = []
    for number in range(count):
        handles.append(open(folder / f"tyre-{number}.jpg", "wb"))
    return handles


def start_bays(count):
    stop = threading.Event()
    threads = [threading.Thread(target=stop.wait) for _ in range(count)]
    try:
        for thread in threads:
            thread.start()
    finally:
        stop.set()
    return len(threads)


def export_invoices(path, megabytes):
    with open(path, "w") as out:
        for _ in range(megabytes * 1024):
            out.write("INV-0001,205/55R16,4,35600\n" * 40)


def alignment_report(plate):
    return subprocess.run([settings.ALIGN_TOOL, "--plate", plate], capture_output=True, check=True)


def flush_audit(path, text):
    with open(path, "w") as out:
        out.write(text)
        out.flush()


def write_export(folder, name, rows):
    (folder / name).write_text("\n".join(rows))
