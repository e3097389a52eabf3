"""Back-office reports: oven photos, the bakers' threads, sales exports, box labels, the archive, oven probes."""
import os
import subprocess
import threading

from crumbline import settings


def open_oven_photos(folder, count):
    handles = []
    for number in range(count):
        handles.append(open(os.path.join(folder, f"oven-{number}.jpg"), "wb"))
    return handles


def start_bakers(count):
    stop = threading.Event()
    bakers = [threading.Thread(target=stop.wait, daemon=True) for _ in range(count)]
    try:
        for baker in bakers:
            baker.start()
    finally:
        stop.set()
    return len(bakers)


def export_sales(path, megabytes):
    row = b"sale,MKT,rye,3.60,2026-12-05T08:00:00\n" * 27000
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(row)


def print_box_labels(orders):
    return subprocess.run([settings.LABEL_TOOL, "--barcode=20", "--data", ",".join(orders)],
                          capture_output=True, check=True)


def archive_day(name, text):
    os.makedirs(settings.ARCHIVE_DIR, exist_ok=True)
    with open(os.path.join(settings.ARCHIVE_DIR, name), "w") as handle:
        handle.write(text)


def flush_till_roll(path, text):
    with open(path, "w") as handle:
        handle.write(text)
        handle.flush()


def probe_ovens(seconds):
    # The probe tool reads every oven's thermocouple; it is given one second.
    return subprocess.run([settings.PROBE_TOOL, str(seconds)], capture_output=True, timeout=1.0, check=True)


def temperature_buffer(ovens, samples_per_second, days):
    # Every sample of every oven for the period, in memory, before it is averaged.
    return bytearray(ovens * samples_per_second * 86400 * days * 8)
