"""Bolt archives, pattern renders, repeat solving, exports to the spool, loom logs, tickets."""
import subprocess
import sys
from pathlib import Path

from loomhouse import settings

SOLVER = """
import sys
repeat, width = int(sys.argv[1]), int(sys.argv[2])
position = 0
while position != width:
    position = (position + repeat) % (width + 1)
print(position)
"""


class BoltArchive:
    def __init__(self, directory):
        self.directory = Path(directory)
        self.handles = []

    def open_all(self, bolts):
        for bolt in bolts:
            path = self.directory / f"{bolt}.txt"
            path.touch()
            self.handles.append(open(path, encoding="utf-8"))
        return len(self.handles)


def render_pattern(width, height):
    canvas = bytearray(width * height * 4)
    return len(canvas)


def solve_repeat(repeat, width):
    def limit():
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (1, 1))

    result = subprocess.run(
        [sys.executable, "-c", SOLVER, str(repeat), str(width)],
        capture_output=True,
        text=True,
        check=True,
        preexec_fn=limit,
    )
    return int(result.stdout)


def export_season(name, rows):
    path = settings.spool_dir() / f"{name}.csv"
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(",".join(str(cell) for cell in row) + "\n")
    return path


def write_loom_log(directory, readings):
    path = Path(directory) / "loom.log"
    with open(path, "w", encoding="utf-8") as handle:
        for reading in readings:
            handle.write(f"{reading:>12}\n")
    return path.stat().st_size


def print_ticket(path):
    return subprocess.run(["pdftk", str(path), "dump_data"], capture_output=True, check=True).stdout


def pattern_depth(pattern, patterns):
    base = patterns.get(pattern)
    if base is None:
        return 0
    return 1 + pattern_depth(base, patterns)
