"""Bidding workers: pacing threads, the scoring pool, per-request deadlines."""
import asyncio
import contextlib
import multiprocessing
import os
import resource
import signal
import threading
import time

from bidlark import settings


class Pacer:
    def __init__(self, budget):
        self.remaining = budget

    def charge(self, micros):
        remaining = self.remaining
        time.sleep(0)
        self.remaining = remaining - micros


class Exchanges:
    """Two exchange links whose state is updated under their own locks."""

    def __init__(self):
        self.locks = {"openx": threading.Lock(), "magnite": threading.Lock()}

    def move_budget(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return True


def score_all(requests, weight):
    with multiprocessing.get_context("fork").Pool(2) as pool:
        return pool.map(lambda request: request["floor"] * weight, requests)


async def bid_all(requests, handle, limit=4):
    semaphore = asyncio.BoundedSemaphore(limit)

    async def one(request):
        await semaphore.acquire()
        try:
            return await handle(request)
        finally:
            semaphore.release()
            if request.get("retried"):
                semaphore.release()

    return await asyncio.gather(*(one(request) for request in requests))


def with_deadline(seconds, work):
    """Runs work, interrupted by SIGALRM after the request's deadline."""
    def expired(signum, frame):
        raise TimeoutError("bid deadline")

    signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def in_worker(function, *args):
    result = {}

    def run():
        result["value"] = function(*args)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def in_worker_catching(function, *args):
    result = {}

    def run():
        try:
            result["value"] = function(*args)
        except BaseException as error:  # handed back to the caller
            result["error"] = error

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if "error" in result:
        raise result["error"]
    return result["value"]


def sync_bidders(count, timeout=0.3):
    """Starts the bidders and waits until the three stages (fetch, score, answer) are all ready."""
    barrier = threading.Barrier(3, timeout=timeout)
    errors = []

    def stage():
        try:
            barrier.wait()
        except threading.BrokenBarrierError as error:
            errors.append(error)

    threads = [threading.Thread(target=stage) for _ in range(count)]
    for thread in threads:
        thread.start()
    barrier.wait()
    for thread in threads:
        thread.join()


@contextlib.contextmanager
def pacing_lock(path):
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.write(fd, str(os.getpid()).encode())
    yield
    os.close(fd)
    os.unlink(path)


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (settings.OPEN_FILES, hard))
    return settings.OPEN_FILES


def start_listeners(count, target):
    threads = []
    for _ in range(count):
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        threads.append(thread)
    return threads


STAGES = ("fetch", "score", "answer")


def start_stages():
    """One thread per stage besides the caller's."""
    return sync_bidders(len(STAGES) - 2)
