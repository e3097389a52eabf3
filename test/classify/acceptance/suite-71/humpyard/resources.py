"""Shift exports, wagon manifests, the yard history and the external tools the yard runs."""
import os
import subprocess
import threading

from humpyard import settings


def export_shift(name, rows):
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    path = os.path.join(settings.EXPORT_DIR, f"{name}.csv")
    with open(path, "w") as out:
        for row in rows:
            out.write(",".join(str(cell) for cell in row) + "\n")
    return path


class Manifests:
    """One manifest file per wagon in a train, opened as the train is made up."""

    def __init__(self, folder):
        self.folder = folder
        self.open_files = []

    def make_up(self, wagons):
        for wagon in wagons:
            handle = open(os.path.join(self.folder, f"{wagon}.txt"), "w")
            handle.write(f"wagon {wagon}\n")
            self.open_files.append(handle)
        return len(self.open_files)

    def close(self):
        for handle in self.open_files:
            handle.close()
        self.open_files.clear()


def history_snapshot(days, moves_per_day=20_000):
    """The yard's moves for the given days, as one bytes blob for the auditors."""
    rows = [f"{day:05d},{move:06d},track-{move % 40:02d},wagon-{move:08d}\n".encode()
            for day in range(days) for move in range(moves_per_day)]
    return b"".join(rows)


def history_chunks(days, moves_per_day=20_000):
    for day in range(days):
        yield b"".join(f"{day:05d},{move:06d},track-{move % 40:02d},wagon-{move:08d}\n".encode()
                       for move in range(moves_per_day))


class ToolTimeout(Exception):
    pass


def run_tool(command, stdin=b"", deadline=settings.TOOL_DEADLINE):
    """Runs one of the yard's external tools, killed if it outlives its deadline."""
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watchdog = threading.Timer(deadline, process.kill)
    watchdog.start()
    try:
        out, err = process.communicate(stdin)
    finally:
        watchdog.cancel()
    result = subprocess.CompletedProcess(command, process.returncode, out, err)
    result.check_returncode()
    if process.returncode == -9:
        raise ToolTimeout(f"{command[0]} outlived its {deadline} s deadline")
    return out


def spawn_trackers(count):
    """One tracker thread per wagon on the hump."""
    stop = threading.Event()
    threads = [threading.Thread(target=stop.wait, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    return stop, threads
