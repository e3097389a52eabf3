"""Thermal cameras in the night houses: frame archives, exports and renders."""
import os
import resource
from concurrent.futures import ProcessPoolExecutor

from keeperlog import settings


def index_frames(folder):
    """Reads every frame's header; the handles are kept for the later render."""
    handles = []
    for name in sorted(os.listdir(folder)):
        handle = open(os.path.join(folder, name), "rb")
        handle.read(16)
        handles.append(handle)
    return len(handles)


def stack_frames(count):
    """Stacks the night's frames into one buffer for the heat map."""
    buffer = bytearray(settings.FRAME_BYTES * count)
    return len(buffer)


def export_night(path, count):
    with open(path, "wb") as handle:
        for _ in range(count):
            handle.write(b"\x00" * settings.FRAME_BYTES)
    return os.path.getsize(path)


def _limit_worker():
    resource.setrlimit(resource.RLIMIT_CPU, (settings.WORKER_CPU_SECONDS, settings.WORKER_CPU_SECONDS))


def _render(seed):
    total = 0
    for value in range(40_000_000):
        total = (total + value * seed) % 1_000_003
    return total


def render_heat_maps(seeds):
    with ProcessPoolExecutor(max_workers=2, initializer=_limit_worker) as pool:
        return list(pool.map(_render, seeds))
