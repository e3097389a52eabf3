"""The oven board shared by the bakers' threads, the proofing queue and the async order intake."""
import asyncio
import concurrent.futures
import queue
import threading
import time


class OvenBoard:
    def __init__(self, ovens):
        self.trays = 0
        self.locks = {oven: threading.Lock() for oven in ovens}
        self.loads = {oven: [] for oven in ovens}

    def load_tray(self):
        trays = self.trays
        time.sleep(0.001)
        self.trays = trays + 1

    def swap(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return (source, target)

    def clear_empty(self):
        for oven, load in self.loads.items():
            if not load:
                del self.loads[oven]


_BAKE_MINUTES = {"sourdough": 45, "rye": 50, "baguette": 25}


def bake_times(loaves):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda loaf: _BAKE_MINUTES[loaf], loaves))


def proofed_batches(count, timeout=0.3):
    batches = queue.Queue()

    def proofer():
        for number in range(count - 1):
            batches.put(number)

    threading.Thread(target=proofer, daemon=True).start()
    return [batches.get(timeout=timeout) for _ in range(count)]


def open_all_ovens(ovens, parties=3, timeout=0.5):
    barrier = threading.Barrier(parties, timeout=timeout)

    def light(oven):
        barrier.wait()
        return oven

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(ovens)) as pool:
        return [future.result() for future in [pool.submit(light, oven) for oven in ovens]]


class Intake:
    def __init__(self):
        self.orders = []

    def accept_later(self, order):
        threading.Timer(0.2, self.orders.append, args=(order,)).start()


class AsyncIntake:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.accepted = []

    async def accept(self, order):
        await self.lock.acquire()
        if not order.get("items"):
            raise ValueError(f"order {order['id']} has no items")
        self.accepted.append(order["id"])
        self.lock.release()


async def accept_all(intake, orders, timeout=0.5):
    for order in orders:
        try:
            await asyncio.wait_for(intake.accept(order), timeout)
        except ValueError:
            continue
    return intake.accepted
