"""Bibs handed out at the expo, start waves, timing-mat reads merged into results."""
import asyncio
import concurrent.futures
import queue
import threading
import time

from racebib import settings


class BibCounter:
    def __init__(self):
        self.value = 0

    def next(self):
        current = self.value
        time.sleep(0.0005)
        self.value = current + 1
        return self.value


def start_waves(waves, corrals=4):
    barrier = threading.Barrier(corrals, timeout=1)
    started = []

    def wave(name):
        barrier.wait()
        started.append(name)

    threads = [threading.Thread(target=wave, args=(w,)) for w in waves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    barrier.wait()
    return started


def consume_reads(reads):
    q = queue.Queue()

    def produce():
        for read in reads:
            q.put((read["bib"], read["mat"], read["time"]))
        q.put(None)

    threading.Thread(target=produce, daemon=True).start()
    seen = []
    while (item := q.get(timeout=1)) is not None:
        seen.append(item)
    return seen


async def _checkpoint(name):
    time.sleep(0.3)
    await asyncio.sleep(0.05)
    return name


async def collect_checkpoints(names, deadline=0.5):
    return await asyncio.wait_for(asyncio.gather(*(_checkpoint(n) for n in names)), deadline)


def split_in_processes(splits):
    def seconds(split):
        return split * 60

    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(seconds, splits))


_board = threading.Lock()
_standings = []


def update_standings(runner):
    if not _board.acquire(timeout=1):
        raise RuntimeError("standings lock not acquired within 1 s")
    try:
        _standings.append(runner)
    finally:
        _board.release()


def record_finish(runner):
    if not _board.acquire(timeout=1):
        raise RuntimeError("standings lock not acquired within 1 s")
    try:
        update_standings(runner)
    finally:
        _board.release()


def merge_results(chunks):
    merged = []

    def work(chunk):
        total = 0
        for n in range(chunk):
            total += n * n % 7
        merged.append(total)

    threads = [threading.Thread(target=work, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    deadline = time.monotonic() + settings.MERGE_DEADLINE
    for t in threads:
        t.join(max(0, deadline - time.monotonic()))
        if t.is_alive():
            raise TimeoutError(f"merge did not finish within {settings.MERGE_DEADLINE} s")
    return merged
