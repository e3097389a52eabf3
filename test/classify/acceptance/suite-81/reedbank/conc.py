"""The yard's threads: loaders, a tally, jobs ordered by their dependencies."""
import asyncio
import queue
import threading
import time


def start_loader(work, items):
    done = queue.Queue()

    def run():
        for item in items:
            done.put(work(item))

    thread = threading.Thread(target=run, name="loader")
    thread.setDaemon(True)
    thread.start()
    return thread, done


class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n):
        current = self.count
        time.sleep(0.0005)
        self.count = current + n


class SafeTally:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def add(self, n):
        with self.lock:
            self.count += n


def job_order(dependencies):
    from graphlib import TopologicalSorter
    return list(TopologicalSorter(dependencies).static_order())


async def load_barges(names, load):
    return await asyncio.gather(*(load(name) for name in names))


def run_pool(work, items, workers=4):
    results = []
    lock = threading.Lock()
    threads = []

    def run(item):
        value = work(item)
        with lock:
            results.append(value)

    for item in items:
        thread = threading.Thread(target=run, args=(item,))
        threads.append(thread)
        thread.start()
        if len(threads) >= workers:
            threads.pop(0).join()
    for thread in threads:
        thread.join()
    return results
