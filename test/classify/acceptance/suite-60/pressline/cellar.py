"""Tanks, racking between them, the press house's sampling round and the weighbridge queue."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from pressline import settings


class Tank:
    def __init__(self, name, litres=0):
        self.name = name
        self.litres = litres
        self.lock = threading.Lock()

    def fill(self, litres, pause=0.0):
        current = self.litres
        time.sleep(pause)
        self.litres = current + litres


def rack_between(source, target, litres):
    """Moves wine from one tank to the other, holding both tanks' locks."""
    with source.lock:
        time.sleep(0.05)
        with target.lock:
            source.litres -= litres
            target.litres += litres


def sample_round(tanks):
    """Every tank is sampled at the same moment (a barrier), by the press house's worker pool."""
    barrier = threading.Barrier(len(tanks), timeout=settings.SAMPLE_WAIT)

    def sample(tank):
        barrier.wait()
        return tank

    with ThreadPoolExecutor(max_workers=settings.PRESS_WORKERS) as pool:
        return list(pool.map(sample, tanks))


class Weighbridge:
    def __init__(self):
        self.loads = queue.Queue(maxsize=settings.WEIGHBRIDGE_QUEUE)

    def arrive(self, load):
        self.loads.put_nowait(load)

    def unload(self):
        while not self.loads.empty():
            self.loads.get_nowait()


def press_all(loads, press):
    with ThreadPoolExecutor(max_workers=settings.PRESS_WORKERS) as pool:
        return sum(pool.map(press, loads))


def wait_for_presses(threads, seconds):
    time.sleep(seconds)
