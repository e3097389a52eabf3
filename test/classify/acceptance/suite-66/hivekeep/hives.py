"""Hive weights, counts and inspections: the thread and asyncio parts."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

weights = {}
_locks = {"frames": threading.Lock(), "supers": threading.Lock()}


class Counter:
    def __init__(self):
        self.value = 0

    def add(self):
        current = self.value
        time.sleep(0)
        self.value = current + 1


def count_visits(users):
    counter = Counter()
    threads = [threading.Thread(target=lambda: [counter.add() for _ in range(10)]) for _ in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counter.value


def _take(first, second):
    if not _locks[first].acquire(timeout=1):
        raise RuntimeError(f"could not take lock {first} within 1s")
    try:
        time.sleep(0.05)
        if not _locks[second].acquire(timeout=1):
            raise RuntimeError(f"could not take lock {second} within 1s")
        _locks[second].release()
    finally:
        _locks[first].release()


def move_frames_to_supers():
    errors = []

    def run(a, b):
        try:
            _take(a, b)
        except RuntimeError as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=("frames", "supers")), threading.Thread(target=run, args=("supers", "frames"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


_pool = ThreadPoolExecutor(max_workers=4)


def weigh_apiary(hives):
    def weigh(hive):
        return _pool.submit(lambda: hive * 2).result(timeout=2)

    futures = [_pool.submit(weigh, hive) for hive in hives]
    return sum(f.result(timeout=5) for f in futures)


async def wait_for_swarm_alert(event):
    await asyncio.wait_for(event.wait(), timeout=1)
    return True


def weigh_async(hives):
    return asyncio.run(_weigh_all(hives))


async def _weigh_all(hives):
    return sum(await asyncio.gather(*(_weigh(h) for h in hives)))


async def _weigh(hive):
    await asyncio.sleep(0)
    return hive
