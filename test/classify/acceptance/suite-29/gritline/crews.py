"""Gritter crews: assignments run in a futurist thread pool, route streams in gevent greenlets."""
import sys
import threading
import time

import futurist
import gevent
import gevent.queue

from gritline import settings

CREW_SIZE = 4


class Depot:
    def __init__(self, name, tonnes):
        self.name = name
        self.tonnes = tonnes
        self.lock = threading.Lock()


def transfer(source, target, tonnes):
    """Move salt between depots, locking both."""
    with source.lock:
        time.sleep(0.05)
        if not target.lock.acquire(timeout=4):
            raise RuntimeError(f"could not lock depot {target.name}")
        try:
            source.tonnes -= tonnes
            target.tonnes += tonnes
        finally:
            target.lock.release()


def rebalance(pairs, timeout=1.0):
    """Run transfers in parallel; wait for all of them."""
    pool = futurist.ThreadPoolExecutor(max_workers=4)
    try:
        futures = [pool.submit(transfer, *pair) for pair in pairs]
        return [future.result(timeout=timeout) for future in futures]
    finally:
        pool.shutdown(wait=False)


class SaltCounter:
    def __init__(self):
        self.spread = 0

    def record(self, kilos):
        current = self.spread
        time.sleep(0)
        self.spread = current + kilos


def spread_in_parallel(counter, loads, threads=8):
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        workers = [threading.Thread(target=lambda: [counter.record(k) for k in loads]) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        sys.setswitchinterval(switch)


def stream_routes(routes):
    """Producer and consumer greenlets: the consumer collects until the producer is done."""
    queue = gevent.queue.Queue()
    collected = []

    def produce():
        for route in routes:
            queue.put(route)

    def consume():
        while True:
            item = queue.get()
            if item is StopIteration:
                return
            collected.append(item)

    producer = gevent.spawn(produce)
    consumer = gevent.spawn(consume)
    producer.join()
    consumer.get()
    return collected


def start_shift(crew_names):
    """Every crew member waits until the whole crew is in, then starts."""
    barrier = threading.Barrier(CREW_SIZE, timeout=1)
    pool = futurist.ThreadPoolExecutor(max_workers=settings.CREW_WORKERS)
    try:
        futures = [pool.submit(lambda name: (barrier.wait(), name)[1], name) for name in crew_names]
        return [future.result() for future in futures]
    finally:
        pool.shutdown(wait=False)


class Tracker(threading.Thread):
    """Polls a gritter's position until stopped."""

    def __init__(self, gritter):
        super().__init__(daemon=True)
        self.gritter = gritter
        self.positions = 0
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(0.01):
            self.positions += 1

    def stop(self):
        self.stopped.set()


def track_all(gritters):
    trackers = [Tracker(gritter) for gritter in gritters]
    started = []
    try:
        for tracker in trackers:
            tracker.start()
            started.append(tracker)
    except BaseException:
        for tracker in started:
            tracker.stop()
        raise
    return trackers


def finish_order(jobs):
    """Run (name, seconds) jobs in parallel; names in the order they finish."""
    done = []
    lock = threading.Lock()
    with futurist.ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        def run(name, seconds):
            time.sleep(seconds)
            with lock:
                done.append(name)
        for name, seconds in jobs:
            pool.submit(run, name, seconds)
    return done
