"""The yard board shared by the yard hands' threads, the wash bay queue and the async return desk."""
import asyncio
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class YardBoard:
    def __init__(self):
        self.checked_in = 0
        self.locks = {"bay-1": threading.Lock(), "bay-2": threading.Lock()}

    def check_in_one(self):
        seen = self.checked_in
        time.sleep(0.001)
        self.checked_in = seen + 1

    def swap_bays(self, source, target):
        """Moves a machine between two wash bays, holding both."""
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return source, target


SERVICE_INTERVALS = {"mini-digger": 250, "dumper-3t": 200}


def hours_to_service(kit):
    return SERVICE_INTERVALS[kit]


def service_plan(kits):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(kits, pool.map(hours_to_service, kits)))


class WashQueue:
    def __init__(self):
        self.jobs = queue.Queue(maxsize=4)

    def book(self, machine):
        self.jobs.put(machine, timeout=0.2)


def _read_meter(machine):
    """The hour meter's serial reader (a blocking driver call)."""
    time.sleep(1.0)
    return 1240


async def check_return(machine):
    hours = _read_meter(machine)
    await asyncio.sleep(0.01)
    return {"machine": machine, "hours": hours}


async def return_desk(machines, timeout=0.3):
    return [await asyncio.wait_for(check_return(machine), timeout) for machine in machines]


class Reminders:
    def __init__(self):
        self.sent = []

    def remind_later(self, hire, delay=0.3):
        threading.Timer(delay, self.sent.append, args=(hire,)).start()
