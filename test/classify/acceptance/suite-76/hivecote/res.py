"""Exports, hive logs, label rendering and frame images under the runner's limits."""
import csv
import os
import subprocess
import sys

from hivecote import settings


def export_dir():
    return os.environ.get("HIVECOTE_EXPORTS", "/tmp")


def write_hive_logs(folder, hives):
    handles = []
    try:
        for hive in range(hives):
            handle = open(os.path.join(folder, f"hive-{hive}.log"), "a", encoding="utf-8")
            handle.write("inspection\n")
            handles.append(handle)
        return len(handles)
    finally:
        for handle in handles:
            handle.close()


def export_harvests(folder, rows):
    path = os.path.join(folder, "harvests.csv")
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for n in range(rows):
            writer.writerow([n, "heather", 12.5, "north-apiary-extraction-room-" + "x" * 40])
    return os.path.getsize(path)


def save_label_sheet(name, sheet):
    path = os.path.join(export_dir(), name)
    with open(path, "wb") as handle:
        handle.write(sheet)
    return path


def frame_buffer():
    frames = settings.load()["frames"]
    return bytearray(frames["count"] * frames["frame_kib"] * 1024)


def render_label(text, timeout=1.0):
    return subprocess.run(
        [sys.executable, "-c", "import sys, time; time.sleep(5); print(sys.argv[1])", text],
        capture_output=True, text=True, timeout=timeout, check=True).stdout


def checksum_chain(rounds, cpu_seconds=1):
    script = "import hashlib, sys; d = b'h'\nfor _ in range(int(sys.argv[1])): d = hashlib.sha256(d).digest()\nprint(d.hex())"
    return subprocess.run(
        [sys.executable, "-c", script, str(rounds)], capture_output=True, text=True, check=True,
        preexec_fn=lambda: __import__("resource").setrlimit(
            __import__("resource").RLIMIT_CPU, (cpu_seconds, cpu_seconds))).stdout.strip()


def wax_estimate(kg):
    return kg * 0.015
