import asyncio
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class BookingCounter:
    def __init__(self):
        self.value = 0

    def increment(self):
        current = self.value
        time.sleep(0)
        self.value = current + 1


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        time.sleep(0.05)
        with target.lock:
            source.balance -= amount
            target.balance += amount


class SlotPool:
    def __init__(self, slots):
        self.semaphore = threading.Semaphore(slots)

    def run(self, job):
        self.semaphore.acquire()
        result = job()
        self.semaphore.release()
        return result

    def has_free_slot(self, timeout=0.2):
        if self.semaphore.acquire(timeout=timeout):
            self.semaphore.release()
            return True
        return False


def parse_berth_numbers(labels):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(int, labels))


class WorkQueue:
    def __init__(self, max_pending):
        self.pending = queue.Queue(maxsize=max_pending)

    def submit(self, job):
        self.pending.put_nowait(job)

    def drain(self):
        done = 0
        while not self.pending.empty():
            self.pending.get()()
            done += 1
        return done


async def confirm_booking(reference):
    await asyncio.sleep(0.1)
    return f"{reference}:confirmed"


async def notify_arrival(vessel):
    time.sleep(0.05)
    return f"{vessel}:notified"
