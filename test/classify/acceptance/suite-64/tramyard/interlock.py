"""Route setting at junctions, passenger tallies, the timetable publisher and the dispatch pool."""
import asyncio
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Boardings:
    def __init__(self):
        self.count = {}

    def board(self, stop, passengers):
        current = self.count.get(stop, 0)
        time.sleep(0.0005)
        self.count[stop] = current + passengers


def count_boardings(tally, stop, doors, passengers):
    def door():
        for _ in range(passengers):
            tally.board(stop, 1)

    threads = [threading.Thread(target=door) for _ in range(doors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally.count[stop]


junction_lock = threading.Lock()
crossing_lock = threading.Lock()


def _set_route(first, second):
    with first:
        time.sleep(0.05)
        with second:
            pass


def set_routes_through_junction(timeout=2.0):
    """Two controllers set crossing routes at once; both must be set within the timeout."""
    northbound = threading.Thread(target=_set_route, args=(junction_lock, crossing_lock), daemon=True)
    southbound = threading.Thread(target=_set_route, args=(crossing_lock, junction_lock), daemon=True)
    northbound.start()
    southbound.start()
    deadline = time.monotonic() + timeout
    for thread in (northbound, southbound):
        thread.join(max(0.0, deadline - time.monotonic()))
    stuck = [thread.name for thread in (northbound, southbound) if thread.is_alive()]
    if stuck:
        raise TimeoutError(f"route setting not finished after {timeout}s: {', '.join(stuck)} still running")


timetable_lock = threading.Lock()


async def _refresh(line):
    with timetable_lock:
        await asyncio.sleep(0.2)
        return f"{line} refreshed"


async def _publish(line):
    if not timetable_lock.acquire(timeout=0.5):
        raise TimeoutError(f"timetable lock not acquired for {line} within 0.5s")
    try:
        return f"{line} published"
    finally:
        timetable_lock.release()


async def refresh_and_publish(line):
    return await asyncio.gather(_refresh(line), _publish(line))


_dispatch = ThreadPoolExecutor(max_workers=4, thread_name_prefix="dispatch")


def _assign(request):
    # Each assignment looks up the nearest tram on the same pool.
    return _dispatch.submit(lambda: f"tram for {request}").result(timeout=1)


def dispatch_requests(requests, timeout=2.0):
    futures = [_dispatch.submit(_assign, request) for request in requests]
    try:
        return [future.result(timeout=timeout) for future in futures]
    finally:
        for future in futures:
            future.cancel()


REPORTED = []


def report_positions(trams, seed):
    rng = random.Random(seed)

    def report(tram, delay):
        time.sleep(delay)
        REPORTED.append(tram)

    for tram in trams:
        threading.Thread(target=report, args=(tram, rng.uniform(0.0, 0.05)), daemon=True).start()
