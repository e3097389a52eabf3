"""The hump: cuts counted as they roll, points locked for routes, trains planned in a thread pool,
wagons weighed in a process pool."""
import os
import queue
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from humpyard import settings


class CutCounter:
    def __init__(self):
        self.count = 0

    def roll(self):
        seen = self.count
        time.sleep(0)  # the retarder's reading is taken between the read and the write
        self.count = seen + 1


class Interlocking:
    """Each set of points has a lock; a route holds the locks of its points while it is set."""

    def __init__(self, points):
        self.locks = {name: threading.Lock() for name in points}
        self.routes = []

    def set_route(self, first, second):
        with self.locks[first]:
            time.sleep(0.05)  # the points motor moves
            with self.locks[second]:
                self.routes.append((first, second))


class Dispatcher:
    """Plans trains in a small thread pool; each train's cuts are planned in the same pool."""

    def __init__(self, workers=settings.DISPATCH_WORKERS):
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dispatch")

    def plan_cut(self, cut):
        time.sleep(0.01)
        return {"cut": cut, "track": cut % 8}

    def plan_train(self, train, cuts):
        futures = [self.pool.submit(self.plan_cut, cut) for cut in cuts]
        return {"train": train, "cuts": [future.result(timeout=settings.PLAN_DEADLINE) for future in futures]}

    def plan_trains(self, trains):
        futures = [self.pool.submit(self.plan_train, train, cuts) for train, cuts in trains.items()]
        return [future.result(timeout=settings.PLAN_DEADLINE * 3) for future in futures]

    def close(self):
        self.pool.shutdown(wait=False, cancel_futures=True)


class HumpQueue:
    """Cuts waiting to be pushed over the hump."""

    def __init__(self, size=settings.HUMP_QUEUE_SIZE):
        self._queue = queue.Queue(maxsize=size)

    def push(self, cut):
        self._queue.put_nowait(cut)

    def drain(self):
        cuts = []
        while True:
            try:
                cuts.append(self._queue.get_nowait())
            except queue.Empty:
                return cuts


class RetarderSlots:
    """At most three cuts in the retarders at once."""

    def __init__(self):
        self._slots = threading.Semaphore(3)
        self.braked = 0
        self._lock = threading.Lock()

    def brake(self, cut):
        if not self._slots.acquire(timeout=0.5):
            raise TimeoutError(f"no retarder free for cut {cut} in 0.5 s")
        if cut % 7 == 0:
            return  # a cut too light to brake rolls through
        time.sleep(0.005)
        with self._lock:
            self.braked += 1
        self._slots.release()


def weigh(wagon):
    tare, gross = wagon
    return gross - tare


def _worker_pid(_):
    return os.getpid()


class WeighBridge:
    """Wagons weighed in a process pool (the load cells' maths is CPU-bound)."""

    def __init__(self, workers=2):
        self.pool = ProcessPoolExecutor(max_workers=workers)

    def worker_pids(self):
        return set(self.pool.map(_worker_pid, range(8)))

    def weigh_all(self, wagons):
        return list(self.pool.map(weigh, wagons))

    def close(self):
        self.pool.shutdown(wait=True)
