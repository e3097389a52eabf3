"""The extraction room: frames counted by the extractors' threads, drums shared between lines."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class FrameCount:
    def __init__(self):
        self.frames = 0

    def add(self, n):
        seen = self.frames
        time.sleep(0)  # the extractor reports to the room's display between read and write
        self.frames = seen + n


class Drums:
    def __init__(self):
        self.locks = {name: threading.Lock() for name in ("D-1", "D-2")}

    def decant(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return (source, target)


_SPIN_SECONDS = {"heather": 240, "clover": 120, "lime": 150}


def spin_times(honeys):
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda honey: _SPIN_SECONDS[honey.lower()], honeys))


class Settler:
    """Settles drums in a background thread; settled lists the drums done."""

    def __init__(self):
        self.settled = []

    def start(self, drums):
        threading.Thread(target=self._settle, args=(drums,), daemon=True).start()

    def _settle(self, drums):
        for drum in drums:
            time.sleep(0.05)
            self.settled.append(drum)
