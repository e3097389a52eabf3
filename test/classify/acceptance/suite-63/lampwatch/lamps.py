"""Lamp logs, exports of the season's readings and chart tiles."""
import os
import time
import subprocess
import threading

from lampwatch import settings

_open_logs = []


def open_lamp_logs(folder, lamps):
    for n in range(lamps):
        handle = open(os.path.join(folder, f"lamp-{n:04d}.log"), "a")
        handle.write("lit\n")
        _open_logs.append(handle)
    return len(_open_logs)


def export_season(folder, readings):
    path = os.path.join(folder, "season.csv")
    with open(path, "w") as out:
        for n in range(readings):
            out.write(f"{n},HW{n % 90:02d},{n * 0.25:.2f},lit,visibility good,sea state 3\n")
    return os.path.getsize(path)


def render_chart_tile(source, target):
    subprocess.run(["gdal_translate", "-of", "PNG", source, target], check=True)
    return target


def poll_lanterns(users):
    results = []
    threads = [threading.Thread(target=lambda n=n: (time.sleep(0.05), results.append(n))) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(results)


def close_lamp_logs():
    while _open_logs:
        _open_logs.pop().close()
