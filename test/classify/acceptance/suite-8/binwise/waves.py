"""Waves: batching orders for the pickers, in processes, threads and asyncio."""
import asyncio
import concurrent.futures
import itertools
import multiprocessing
import os
import queue
import resource
import threading

from filelock import FileLock


def plan_waves(orders, pickers=2):
    def score(chunk):
        return sum(line["qty"] for order in chunk for line in order["lines"])

    chunks = [orders[i::pickers] for i in range(pickers)]
    with multiprocessing.get_context("fork").Pool(pickers) as pool:
        return pool.map(score, chunks)


SLOTTING_CPUS = {3}


def pin_current(cpus=None):
    """Pins the slotting run to the cores kept free of the WMS."""
    os.sched_setaffinity(0, cpus or SLOTTING_CPUS)
    return os.sched_getaffinity(0)


def _limit_cpu(seconds):
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))


def _best_slotting(bins):
    distances = {b: (i * 7) % 11 for i, b in enumerate(bins)}
    return min(itertools.permutations(bins), key=lambda order: sum(distances[b] * i for i, b in enumerate(order)))


def optimise_slotting(bins, cpu_seconds=1):
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("fork"), initializer=_limit_cpu, initargs=(cpu_seconds,)
    ) as pool:
        return pool.submit(_best_slotting, bins).result(timeout=4)


class ScanBuffer:
    """Scans from the handhelds, drained by a thread into the pick confirmations."""

    def __init__(self, maxsize=4):
        self._queue = queue.Queue(maxsize=maxsize)
        self.confirmed = []
        self._drain = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self._drain.start()
        return self

    def _run(self):
        while True:
            scan = self._queue.get()
            self.confirmed.append(scan)
            self._queue.task_done()

    def feed(self, scan):
        self._queue.put(scan, timeout=0.2)


class DockDoors:
    def __init__(self):
        self._lock = asyncio.Lock()
        self._trucks = {}

    async def assign(self, door, truck):
        async with self._lock:
            if door in self._trucks:
                await self.release(door)
            self._trucks[door] = truck

    async def release(self, door):
        async with self._lock:
            self._trucks.pop(door, None)

    def truck_at(self, door):
        return self._trucks.get(door)


def release_wave(lock_path, wave):
    with FileLock(str(lock_path), timeout=0.5):
        return f"released {wave}"


class TrackingClient:
    """One event loop for the tracking poller, kept for the life of the process."""

    _loop = None

    @classmethod
    def loop(cls):
        if cls._loop is None:
            cls._loop = asyncio.new_event_loop()
        return cls._loop

    @classmethod
    def shutdown(cls):
        cls.loop().close()

    @classmethod
    def poll(cls, consignments):
        async def one(consignment):
            await asyncio.sleep(0)
            return consignment, "in transit"

        async def every():
            return dict(await asyncio.gather(*(one(c) for c in consignments)))

        return cls.loop().run_until_complete(every())


class DockBoard:
    def __init__(self):
        self.doors = {}

    def clear(self):
        self.doors.clear()
