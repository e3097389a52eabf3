"""The kiln floor: tallies, firing threads, kiln locks, a pool of glazing jobs, an asyncio cool-down."""
import asyncio
import concurrent.futures
import queue
import threading
import time

EVENTS = []
_kiln_locks = {"k1": threading.Lock(), "k2": threading.Lock(), "k3": threading.Lock()}


def record(event):
    EVENTS.append(event)


def open_kiln(kiln):
    record(f"{kiln} opened")


class Tally:
    """Pieces through the glazing line, counted from many threads."""

    def __init__(self):
        self.count = 0

    def add(self, n=1):
        current = self.count
        time.sleep(0.0005)
        self.count = current + n


class SafeTally(Tally):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add(self, n=1):
        with self.lock:
            super().add(n)


def fire_all(kilns, seconds=0.1):
    """Fire every kiln in its own thread; returns when every kiln has finished, with their states."""
    states = {kiln: "loading" for kiln in kilns}

    def fire(kiln):
        time.sleep(seconds)
        states[kiln] = "fired"

    for kiln in kilns:
        threading.Thread(target=fire, args=(kiln,)).start()
    return states


def start_glazing(seconds=0.3):
    """Glaze in the background; returns the thread and the dict it fills."""
    done = {}

    def work():
        time.sleep(seconds)
        done["glazed"] = True

    thread = threading.Thread(target=work)
    thread.start()
    return thread, done


def run_parallel(jobs):
    """Run the jobs in threads; results in the order they finish."""
    results = queue.Queue()
    threads = [threading.Thread(target=lambda job=job: results.put(job())) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results.get() for _ in jobs]


def map_kilns(fn, kilns):
    """fn applied to each kiln in a pool; results in the kilns' order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(fn, kiln) for kiln in kilns]
        return [future.result() for future in concurrent.futures.as_completed(futures)]


def move_shelf(source, target, hold=0.05):
    """Move a shelf between kilns, holding both kilns' locks."""
    first = _kiln_locks[source]
    if not first.acquire(timeout=1.0):
        raise RuntimeError(f"could not lock kiln {source} within 1.0s")
    try:
        time.sleep(hold)
        second = _kiln_locks[target]
        if not second.acquire(timeout=1.0):
            raise RuntimeError(f"could not lock kiln {target} within 1.0s")
        second.release()
    finally:
        first.release()
    return (source, target)


async def cool_down(seconds):
    await asyncio.sleep(seconds)
    return "cool"


def average_temps(batches):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda batch: sum(batch) / len(batch), batches))
