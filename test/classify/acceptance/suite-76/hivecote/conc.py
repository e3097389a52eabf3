"""The extraction room: tallies, frames moved between supers, the asyncio feed of scale readings, pools."""
import asyncio
import queue
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from hivecote import settings


class Tally:
    def __init__(self):
        self.jars = 0

    def add(self, count):
        current = self.jars
        time.sleep(0)
        self.jars = current + count


class LockTimeout(Exception):
    pass


class Super:
    def __init__(self, name, frames):
        self.name = name
        self.frames = frames
        self.lock = threading.Lock()


def move_frames(source, target, count, wait=2.0):
    with source.lock:
        time.sleep(0.05)
        if not target.lock.acquire(timeout=wait):
            raise LockTimeout(f"could not lock super {target.name} within {wait}s")
        try:
            source.frames -= count
            target.frames += count
        finally:
            target.lock.release()


class Extractor:
    """Frames go on a queue; a worker spins them and puts the jars filled on the results queue."""

    def __init__(self):
        self.frames = queue.Queue()
        self.results = queue.Queue()
        self.worker = threading.Thread(target=self._spin, daemon=True)
        self.worker.start()

    def _spin(self):
        while True:
            frame = self.frames.get()
            self.results.put(round(frame["weight_g"] / frame["jar_g"]))

    def spin(self, frame):
        self.frames.put(frame)
        return self.results.get(timeout=1)


class ScaleFeed:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.readings = []
        self.notified = []

    async def record(self, hive, grams):
        await self.lock.acquire()
        if grams < 0:
            return None
        self.readings.append((hive, grams))
        self.lock.release()
        return grams

    async def notify(self, hive):
        await asyncio.sleep(0)
        self.notified.append(hive)

    async def close_hive(self, hive):
        self.notify(hive)
        return hive

    async def flush_all(self, hives):
        tasks = [asyncio.create_task(self._flush(h)) for h in hives]
        await asyncio.sleep(0)
        for task in tasks:
            task.cancel()
        return await asyncio.gather(*tasks)

    async def _flush(self, hive):
        await asyncio.sleep(0.01)
        return hive


def reading_from_thread(feed, hive, grams):
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(feed.record(hive, grams))


def grade_batches(batches):
    conf = settings.load()["grading_pool"]
    with ThreadPoolExecutor(conf["workers"]) as pool:
        def grade(batch):
            parts = [pool.submit(sum, part) for part in batch]
            return sum(part.result(timeout=2) for part in parts)

        return [future.result(timeout=5) for future in [pool.submit(grade, b) for b in batches]]


def _depth(node):
    return 1 + max((_depth(child) for child in node), default=0)


def _comb_depth(levels):
    sys.setrecursionlimit(10**7)
    comb = []
    for _ in range(levels):
        comb = [comb]
    return _depth(comb)


def comb_depths(levels):
    with ProcessPoolExecutor(2) as pool:
        return list(pool.map(_comb_depth, levels))


def extract_together(jobs):
    conf = settings.load()["extractor_pool"]
    barrier = threading.Barrier(len(jobs), timeout=2)

    def run(job):
        barrier.wait()
        return job * 2

    with ThreadPoolExecutor(conf["workers"]) as pool:
        return list(pool.map(run, jobs))
