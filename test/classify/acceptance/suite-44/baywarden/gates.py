"""Barrier gates shared by the lanes' threads, the plate-read queue and the async exit lanes."""
import asyncio
import concurrent.futures
import queue
import threading
import time


class Counter:
    """Cars inside a garage, counted by every entry and exit lane."""

    def __init__(self):
        self.inside = 0
        self.lanes = {"north": threading.Lock(), "south": threading.Lock()}
        self.seen = {}

    def enter(self):
        inside = self.inside
        time.sleep(0.001)
        self.inside = inside + 1

    def swap_lanes(self, first, second):
        with self.lanes[first]:
            time.sleep(0.05)
            with self.lanes[second]:
                return (first, second)

    def forget_left(self):
        for plate, state in self.seen.items():
            if state == "left":
                del self.seen[plate]


_LEVEL_OF = {"car": 0, "van": -1, "motorbike": 1}


def levels_for(vehicles):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda kind: _LEVEL_OF[kind], vehicles))


def plate_reads(count, timeout=0.3):
    reads = queue.Queue()

    def camera():
        for number in range(count):
            if number == 3:
                raise ValueError(f"frame {number} has no plate region")
            reads.put(f"AB{number:02d} CDE")

    threading.Thread(target=camera, daemon=True).start()
    return [reads.get(timeout=timeout) for _ in range(count)]


class ExitLane:
    def __init__(self):
        self.opened = []

    async def open_for(self, plate):
        # The barrier controller's driver is a blocking call.
        time.sleep(0.3)
        await asyncio.sleep(0.05)
        self.opened.append(plate)

    async def open_all(self, plates, timeout=0.5):
        await asyncio.wait_for(asyncio.gather(*(self.open_for(plate) for plate in plates)), timeout)
        return self.opened


class LateBarrier:
    """Raises the barrier after the controller's delay, in a timer thread."""

    def __init__(self, delay=0.2):
        self.delay = delay
        self.raised = []

    def raise_for(self, plate):
        threading.Timer(self.delay, self.raised.append, args=(plate,)).start()
