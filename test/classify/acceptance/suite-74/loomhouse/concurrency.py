"""The mill floor: a bolt counter, loom plans in a thread pool, the shuttle feed, loom registry, reservations."""
import asyncio
import queue
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class BoltCounter:
    def __init__(self):
        self.value = 0

    def add(self, amount=1):
        current = self.value
        time.sleep(0)
        self.value = current + amount


class Planner:
    """Plans a floor: one task per loom, each task plans its warp and weft in the same pool."""

    def __init__(self, workers=2):
        self.pool = ThreadPoolExecutor(max_workers=workers)

    def _plan_part(self, loom, part):
        time.sleep(0.01)
        return f"{loom}:{part}"

    def _plan_loom(self, loom):
        parts = [self.pool.submit(self._plan_part, loom, part) for part in ("warp", "weft")]
        return [part.result() for part in parts]

    def plan_floor(self, looms, timeout=1.0):
        futures = [self.pool.submit(self._plan_loom, loom) for loom in looms]
        return [future.result(timeout=timeout) for future in futures]

    def close(self):
        self.pool.shutdown(wait=False, cancel_futures=True)


class ShuttleFeed:
    """Shuttle positions read from a queue filled by the feed task."""

    def __init__(self):
        self.positions = asyncio.Queue()

    async def _produce(self):
        for position in range(3):
            await self.positions.put(position)

    async def next_position(self, timeout=0.2):
        return await asyncio.wait_for(self.positions.get(), timeout)


class LoomRegistry:
    def __init__(self):
        self.looms = {}

    def register(self, loom, metres):
        self.looms[loom] = metres

    def total_metres(self):
        total = 0
        for loom, metres in self.looms.items():
            total += metres
            time.sleep(0.0001)
        return total


class ShiftStart:
    """Looms start together with the foreman once every loom of the shift has threaded its warp."""

    def __init__(self, looms):
        self.barrier = threading.Barrier(looms + 1, timeout=0.5)

    def start(self, ready):
        for _ in range(ready):
            threading.Thread(target=self.barrier.wait, daemon=True).start()
        self.barrier.wait()
        return ready


class Inspections:
    """Inspection results from the inspector thread."""

    def __init__(self):
        self.results = queue.Queue()

    def _inspect(self, bolts):
        for bolt in bolts:
            self.results.put((bolt, 100 / bolt["defects"]))

    def run(self, bolts):
        threading.Thread(target=self._inspect, args=(bolts,), daemon=True).start()
        return [self.results.get(timeout=0.3) for _ in bolts]


class Reservations:
    """Looms reserved for orders."""

    def __init__(self):
        self.holders = {}

    def reserve(self, loom, order):
        if loom not in self.holders:
            time.sleep(random.uniform(0.001, 0.005))
            self.holders[loom] = order
            return True
        return False
