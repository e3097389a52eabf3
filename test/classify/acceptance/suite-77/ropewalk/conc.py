"""The rope walk's floor: twisting machines on threads, the spool queue, tallies and locks."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from ropewalk import settings


class Tally:
    def __init__(self):
        self.metres = 0

    def add(self, metres):
        current = self.metres
        self.metres = current + metres


class SafeTally(Tally):
    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()

    def add(self, metres):
        with self._lock:
            super().add(metres)


def finishing_pool():
    return ThreadPoolExecutor(max_workers=settings.limits()["workers"])


def twisting_pool():
    return ThreadPoolExecutor(max_workers=settings.limits()["twist_workers"])


def spool_queue():
    return queue.Queue(maxsize=settings.limits()["queue_size"])


class Spools:
    def __init__(self):
        self.taken = {}

    def take(self, spool, machine):
        if spool not in self.taken:
            time.sleep(0.001)
            self.taken[spool] = machine
            return True
        return False


class LockTimeout(Exception):
    pass


class Walk:
    """Two machines share the tar kettle and the hook; each takes them in its own order."""

    def __init__(self, wait=0.5):
        self.kettle = threading.Lock()
        self.hook = threading.Lock()
        self.wait = wait

    def _both(self, first, second, name):
        with first:
            time.sleep(0.05)
            if not second.acquire(timeout=self.wait):
                raise LockTimeout(f"{name} waited {self.wait}s for its second lock")
            second.release()

    def tar_then_hook(self):
        self._both(self.kettle, self.hook, "tarring")

    def hook_then_tar(self):
        self._both(self.hook, self.kettle, "hauling")


def workers_from_env():
    import os
    return int(os.environ.get("ROPEWALK_WORKERS", "4"))
