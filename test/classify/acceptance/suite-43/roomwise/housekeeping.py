"""The housekeeping board shared by the attendants' threads, the linen queue, the turn-down workers and the async
check-in desk."""
import asyncio
import concurrent.futures
import queue
import threading
import time


class Board:
    def __init__(self, floors):
        self.cleaned = 0
        self.locks = {floor: threading.Lock() for floor in floors}
        self.rooms = {floor: [] for floor in floors}
        self.ready = threading.Condition()

    def mark_cleaned(self):
        cleaned = self.cleaned
        time.sleep(0.001)
        self.cleaned = cleaned + 1

    def move_cart(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return (source, target)

    def drop_empty_floors(self):
        for floor, rooms in self.rooms.items():
            if not rooms:
                del self.rooms[floor]

    def announce_ready(self, room):
        self.rooms.setdefault("ready", []).append(room)
        self.ready.notify_all()


class FloorLockTimeout(RuntimeError):
    pass


def inspect_floor(board, floor, timeout=0.2):
    if not board.locks[floor].acquire(timeout=timeout):
        raise FloorLockTimeout(f"floor {floor} lock not acquired within {timeout}s")
    try:
        return len(board.rooms[floor])
    finally:
        board.locks[floor].release()


def start_inspection(board, floor):
    board.locks[floor].acquire()
    if not board.rooms[floor]:
        return 0
    count = len(board.rooms[floor])
    board.locks[floor].release()
    return count


_MINUTES = {"standard": 25, "deluxe": 35, "suite": 50}


def cleaning_minutes(room_types):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda kind: _MINUTES[kind], room_types))


_turndown = concurrent.futures.ThreadPoolExecutor(max_workers=2)


def turndown(rooms):
    return [future.result() for future in [_turndown.submit(str.upper, room) for room in rooms]]


def shutdown_turndown():
    _turndown.shutdown()


def linen_runs(count, timeout=0.3):
    runs = queue.Queue()

    def laundry():
        for number in range(count):
            if number == 2:
                raise ValueError(f"cart {number} has no linen count")
            runs.put(number)

    threading.Thread(target=laundry, daemon=True).start()
    return [runs.get(timeout=timeout) for _ in range(count)]


def minibar_restock(items, slots=2):
    shelf = queue.Queue(maxsize=slots)
    for item in items:
        shelf.put(item, block=False)
    return shelf.qsize()


_lift = threading.BoundedSemaphore(2)


def ride_lift(times):
    for _ in range(times):
        _lift.release()


class CheckInDesk:
    def __init__(self):
        self.checked_in = []

    async def check_in(self, guest):
        # The key encoder is a blocking call.
        time.sleep(0.4)
        await asyncio.sleep(0.1)
        self.checked_in.append(guest)

    async def check_in_all(self, guests, timeout=0.5):
        await asyncio.wait_for(asyncio.gather(*(self.check_in(guest) for guest in guests)), timeout)
        return self.checked_in


async def assign_rooms(guests):
    tasks = [asyncio.create_task(_assign(guest)) for guest in guests]
    tasks[-1].cancel()
    return await asyncio.gather(*tasks)


async def _assign(guest):
    await asyncio.sleep(0.01)
    return f"{guest}:101"


def sync_assign(guests):
    return asyncio.run(assign_rooms(guests))


async def late_checkout(desk, guest):
    return sync_assign([guest])


class WakeUpCalls:
    def __init__(self):
        self.placed = []

    def schedule(self, room):
        threading.Timer(0.2, self.placed.append, args=(room,)).start()
