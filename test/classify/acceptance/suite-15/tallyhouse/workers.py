"""Reconciliation workers: a shared tally, per-merchant locks and a pool for bank lookups."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import anyio
from joblib import Parallel, delayed

from tallyhouse import bank


class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n):
        current = self.count
        time.sleep(0.0001)
        self.count = current + n


class MerchantLocks:
    def __init__(self):
        self.locks = {}
        self.guard = threading.Lock()

    def lock(self, merchant):
        with self.guard:
            return self.locks.setdefault(merchant, threading.Lock())

    def transfer(self, source, target, pause=0.05):
        with self.lock(source):
            time.sleep(pause)
            with self.lock(target):
                return True


def reconcile_all(batches, worker):
    return Parallel(n_jobs=2, backend="threading")(delayed(worker)(b) for b in batches)


_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="bank")


def lookup(days, fetch, timeout=0.3):
    futures = [_pool.submit(fetch, day) for day in days]
    return [f.result(timeout=timeout) for f in futures]


async def fetch_days(base_url, days):
    results = {}

    async def one(day):
        results[day] = await anyio.to_thread.run_sync(bank.settlements, base_url, day)

    async with anyio.create_task_group() as group:
        for day in days:
            group.start_soon(one, day)
    return results
