"""The ironing presses shared by the night shift's threads, and the async loading bay."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Tally:
    def __init__(self):
        self.pressed = 0

    def add(self, n):
        seen = self.pressed
        time.sleep(0)  # the press reports to the floor display between read and write
        self.pressed = seen + n


class Presses:
    def __init__(self):
        self.locks = {name: threading.Lock() for name in ("A", "B")}

    def hand_over(self, src, dst):
        with self.locks[src]:
            time.sleep(0.05)
            with self.locks[dst]:
                return (src, dst)


_PROGRAMS = {"cotton": 60, "poly": 40, "wool": 30}


def programs_for(fabrics):
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda f: _PROGRAMS[f.lower()], fabrics))


def _scan_cage(cage):
    time.sleep(0.3)  # the RFID reader's driver blocks
    return f"cage-{cage}"


async def load_van(cages, budget=0.5):
    async def one(cage):
        return _scan_cage(cage)
    return await asyncio.wait_for(asyncio.gather(*(one(c) for c in cages)), budget)


class Folder:
    """Folds in a background thread; done lists what is folded."""

    def __init__(self):
        self.done = []

    def start(self, items):
        threading.Thread(target=self._fold, args=(items,), daemon=True).start()

    def _fold(self, items):
        for item in items:
            time.sleep(0.05)
            self.done.append(item)
