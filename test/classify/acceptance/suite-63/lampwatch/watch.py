"""The keepers' watch: lamp-hour tallies, the rotation locks, the fog-signal scheduler."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ROSTER = []


class LampHours:
    def __init__(self):
        self.hours = {}

    def add(self, light, hours):
        current = self.hours.get(light, 0)
        time.sleep(0.0005)
        self.hours[light] = current + hours


def log_watches(tally, light, keepers, watches):
    def keeper():
        for _ in range(watches):
            tally.add(light, 4)

    threads = [threading.Thread(target=keeper) for _ in range(keepers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally.hours[light]


lens_lock = threading.Lock()
motor_lock = threading.Lock()


def _locked(first, second, name):
    with first:
        time.sleep(0.05)
        if not second.acquire(timeout=1):
            raise RuntimeError(f"{name}: rotation lock not acquired within 1s")
        second.release()


def service_lens_and_motor():
    errors = []

    def run(first, second, name):
        try:
            _locked(first, second, name)
        except RuntimeError as error:
            errors.append(error)

    a = threading.Thread(target=run, args=(lens_lock, motor_lock, "lens service"))
    b = threading.Thread(target=run, args=(motor_lock, lens_lock, "motor service"))
    a.start()
    b.start()
    a.join()
    b.join()
    if errors:
        raise errors[0]


_pool = ThreadPoolExecutor(max_workers=2)


def _check_light(light):
    return _pool.submit(lambda: f"{light}: lit").result(timeout=2)


def check_station(lights):
    futures = [_pool.submit(_check_light, light) for light in lights]
    return [future.result(timeout=3) for future in futures]


async def _sound(signal, started):
    await started.wait()
    return signal


async def fog_signals(signals):
    started = asyncio.Event()
    tasks = [asyncio.create_task(_sound(signal, started)) for signal in signals]
    return await asyncio.wait_for(asyncio.gather(*tasks), timeout=1.0)


async def sweep(lights):
    seen = []

    async def one(light):
        await asyncio.sleep(0.001)
        seen.append(light)

    await asyncio.gather(*(one(light) for light in lights))
    return seen
