"""The pens board shared by the check-in desk's threads, the feeders and the night rounds (threads, asyncio)."""
import asyncio
import concurrent.futures
import queue
import threading
import time


class PenBoard:
    def __init__(self, pens):
        self.free = list(pens)
        self.taken = 0
        self.locks = {pen: threading.Lock() for pen in pens}

    def take_any(self):
        count = self.taken
        time.sleep(0.001)
        self.free.pop()
        self.taken = count + 1

    def move(self, source, target):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                return (source, target)


class Feeder:
    """Drops a meal every interval in a thread of its own."""

    def __init__(self, interval=0.05):
        self.interval = interval
        self.meals = 0
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="feeder", daemon=True)

    def start(self):
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            self.meals += 1
            time.sleep(self.interval)

    def stop(self):
        # Signals the thread, does not wait for it; the 'stopped' feeder can still be running.
        self._stop = threading.Event()


def walk_all(dogs):
    walked = {"rex": 1, "ada": 2}
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda dog: walked[dog], dogs))


def night_round(kennels, parties=4, timeout=0.5):
    barrier = threading.Barrier(parties, timeout=timeout)
    done = []

    def check(kennel):
        barrier.wait()
        done.append(kennel)

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(kennels)) as pool:
        futures = [pool.submit(check, kennel) for kennel in kennels]
        return [future.result() for future in futures]


def collect_bowls(count, timeout=0.3):
    bowls = queue.Queue()

    def washer():
        for number in range(count - 1):
            bowls.put(number)

    threading.Thread(target=washer, daemon=True).start()
    return [bowls.get(timeout=timeout) for _ in range(count)]


class Intake:
    def __init__(self):
        self.checked_in = []

    def check_in_later(self, dog):
        threading.Timer(0.2, self.checked_in.append, args=(dog,)).start()


# One lock for every loop: bound to the loop of whichever test used it first.
_feed_lock = asyncio.Lock()


async def feed_now(dog):
    async with _feed_lock:
        await asyncio.sleep(0)
        return dog


class AsyncFeeder:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.fed = []

    async def feed(self, dog):
        await self.lock.acquire()
        if dog == "unknown":
            raise KeyError(dog)
        self.fed.append(dog)
        self.lock.release()


async def schedule_feeds(dogs):
    # Fire and forget: the tasks outlive the call.
    for dog in dogs:
        asyncio.get_running_loop().create_task(asyncio.sleep(5, result=dog))
    return len(dogs)


def feed_sync(dog):
    return asyncio.run(feed_now(dog))


async def feed_from_handler(dog):
    # The handler calls the synchronous helper from inside the running loop.
    return feed_sync(dog)
