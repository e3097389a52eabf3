"""Back-office reports: plate-camera frames, lane threads, the year's tickets, plate crops, the audit trail."""
import os
import subprocess
import threading

from baywarden import settings


def open_frames(folder, count):
    handles = []
    for number in range(count):
        handles.append(open(os.path.join(folder, f"frame-{number}.jpg"), "wb"))
    return handles


def start_lanes(count):
    stop = threading.Event()
    lanes = [threading.Thread(target=stop.wait, daemon=True) for _ in range(count)]
    try:
        for lane in lanes:
            lane.start()
    finally:
        stop.set()
    return len(lanes)


def export_tickets(path, megabytes):
    row = b"ticket,NORTH,AB12 CDE,2026-12-05T08:00,2026-12-05T17:30,1850\n" * 16000
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(row)


def crop_plates(frames):
    return subprocess.run([settings.PLATE_TOOL, "--region=gb", *frames], capture_output=True, check=True)


def flush_audit_trail(path, text):
    with open(path, "w") as handle:
        handle.write(text)
        handle.flush()
