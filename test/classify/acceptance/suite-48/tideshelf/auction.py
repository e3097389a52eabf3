"""The auction floor: holds on lots taken by buyers' threads, and the bidding rounds run on asyncio."""
import asyncio
import concurrent.futures
import queue
import threading
import time

_bid_lock = None
EXECUTOR = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="floor")


class Lot:
    def __init__(self, number, boxes):
        self.number = number
        self.boxes = boxes
        self.sold = 0
        self.lock = threading.Lock()
        self.buyers = {}


class Floor:
    def __init__(self):
        self.lots = {}
        self.ledger_lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(3)
        self.done = threading.Condition()
        self.closed = False

    def add(self, lot):
        self.lots[lot.number] = lot

    def sell(self, number, boxes, buyer):
        lot = self.lots[number]
        sold = lot.sold
        time.sleep(0.0005)  # the floor's display is updated between the read and the write
        lot.sold = sold + boxes
        lot.buyers[buyer] = lot.buyers.get(buyer, 0) + boxes

    def transfer(self, source, target, boxes):
        with self.lots[source].lock:
            time.sleep(0.05)
            with self.lots[target].lock:
                self.lots[source].sold -= boxes
                self.lots[target].sold += boxes

    def settle(self, number):
        with self.ledger_lock:
            pass
        self.ledger_lock.release()

    def enter(self):
        self.slots.acquire(timeout=1)

    def leave(self):
        self.slots.release()

    def snapshot(self):
        return {number: lot.sold for number, lot in self.lots.items() if lot.buyers}

    def wait_closed(self, timeout):
        with self.done:
            if not self.done.wait_for(lambda: self.closed, timeout=timeout):
                raise concurrent.futures.TimeoutError(f"floor not closed after {timeout}s")


def weigh_all(crates, results):
    """Weighs crates from a queue in a worker thread; results go to another queue."""
    def worker():
        while True:
            crate = crates.get()
            if crate is None:
                return
            results.put(crate["kilos"] * crate["boxes"])
    thread = threading.Thread(target=worker, name="scale", daemon=True)
    thread.start()
    return thread


def submit_round(round_number, bids):
    return EXECUTOR.submit(max, bids)


def shutdown():
    EXECUTOR.shutdown(wait=True)


def bid_lock():
    global _bid_lock
    if _bid_lock is None:
        _bid_lock = asyncio.Lock()
    return _bid_lock


async def place_bid(lot, amount):
    async with bid_lock():
        await asyncio.sleep(0)
        return (lot, amount)


class Round:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.best = {}

    async def bid(self, lot, amount):
        await self.lock.acquire()
        if amount <= self.best.get(lot, 0):
            raise ValueError(f"bid {amount} under the best for lot {lot}")
        self.best[lot] = amount
        self.lock.release()

    async def bid_within(self, lot, amount, seconds=0.3):
        await asyncio.wait_for(self.lock.acquire(), timeout=seconds)
        try:
            self.best[lot] = max(amount, self.best.get(lot, 0))
        finally:
            self.lock.release()


async def fetch_quote(quay):
    await asyncio.sleep(0.01)
    if quay == "north":
        raise ConnectionResetError("quay display dropped the connection")
    return {"quay": quay, "boxes": 12}


async def quotes(quays):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_quote(quay)) for quay in quays]
    return [task.result() for task in tasks]


async def close_round(round_):
    tasks = [asyncio.ensure_future(asyncio.sleep(0.2)) for _ in range(3)]
    await asyncio.sleep(0.01)
    tasks[0].cancel()
    return await asyncio.gather(*tasks)


async def total_boxes(lots):
    return sum(lot.boxes for lot in lots)


def count_boxes(lots):
    return total_boxes(lots)
