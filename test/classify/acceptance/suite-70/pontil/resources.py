import os
import subprocess
from pathlib import Path


class CycleLog:
    """One log file per annealing cycle."""

    def __init__(self, folder):
        self.folder = Path(folder)

    def record(self, cycle, line):
        with open(self.folder / f"cycle-{cycle}.log", "a") as handle:
            handle.write(line + "\n")

    def record_all(self, lines):
        # Every cycle's file is opened first, so that a cycle is written whole or not at all.
        handles = []
        try:
            for cycle in lines:
                handles.append(open(self.folder / f"cycle-{cycle}.log", "a"))
            for handle, line in zip(handles, lines.values()):
                handle.write(line + "\n")
        finally:
            for handle in handles:
                handle.close()


def write_render(path, megabytes):
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(os.urandom(1024 * 1024))
    return path


def optimise_gif(path):
    return subprocess.run(["gifsicle", "-O3", str(path)], check=True, capture_output=True)
