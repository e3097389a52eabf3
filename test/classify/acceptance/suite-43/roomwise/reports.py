"""Night audit and back-office reports: room photos, attendants' threads, exports, key cards, the audit folder."""
import os
import subprocess
import threading

from roomwise import settings


def open_room_photos(folder, count):
    handles = []
    for number in range(count):
        handles.append(open(os.path.join(folder, f"room-{number}.jpg"), "wb"))
    return handles


def start_attendants(count):
    stop = threading.Event()
    attendants = [threading.Thread(target=stop.wait, daemon=True) for _ in range(count)]
    try:
        for attendant in attendants:
            attendant.start()
    finally:
        stop.set()
    return len(attendants)


def export_stays(path, megabytes):
    row = b"stay,LON,101,2026-12-05,2026-12-07,240.00\n" * 25000
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(row)


def encode_key_cards(rooms):
    return subprocess.run([settings.KEYCARD_TOOL, "--track=2", *rooms], capture_output=True, check=True)


def write_night_audit(name, text):
    os.makedirs(settings.NIGHT_AUDIT_DIR, exist_ok=True)
    with open(os.path.join(settings.NIGHT_AUDIT_DIR, name), "w") as handle:
        handle.write(text)


def flush_audit_trail(path, text):
    with open(path, "w") as handle:
        handle.write(text)
        handle.flush()
