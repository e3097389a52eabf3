"""Exports: the regulator's interruption report, feeder snapshots, and per-meter worker threads."""
import os
import threading


def open_snapshots(folder, count):
    handles = []
    for n in range(count):
        handles.append(open(os.path.join(folder, f"snapshot-{n}.csv"), "w"))
    return handles


def regulator_report(path, rows):
    with open(path, "w") as out:
        for n in range(rows):
            out.write(f"{n},F-{n % 400:03d},2026-11-{n % 28 + 1:02d},{n % 900},unplanned\n")
    return os.path.getsize(path)


def poll_meters(count):
    done = threading.Event()
    threads = [threading.Thread(target=done.wait) for _ in range(count)]
    try:
        for thread in threads:
            thread.start()
    finally:
        done.set()
    return len(threads)
