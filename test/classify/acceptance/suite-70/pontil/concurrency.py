import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from pontil import settings


class PieceCounter:
    def __init__(self):
        self.count = 0

    def add(self):
        current = self.count
        time.sleep(0)
        self.count = current + 1


class DeadlockError(RuntimeError):
    pass


class Lehr:
    """Two annealing ovens; a piece moves from one to the other under both locks."""

    def __init__(self):
        self.hot = threading.Lock()
        self.cool = threading.Lock()
        self.moves = 0

    def _both(self, first, second):
        with first:
            time.sleep(0.05)
            if not second.acquire(timeout=1.0):
                raise DeadlockError("could not take the second oven's lock within 1.0s")
            try:
                self.moves += 1
            finally:
                second.release()

    def to_cool(self):
        self._both(self.hot, self.cool)

    def to_hot(self):
        self._both(self.cool, self.hot)


class AlarmListener:
    """The lehr's alarm listener on the studio's port."""

    def __init__(self, port=None):
        self.port = port or settings.listen_port()
        self.sock = None

    def start(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", self.port))
        self.sock.listen()
        return self

    def stop(self, grace=0.15):
        # Lets a last alarm in before the socket goes.
        sock = self.sock
        threading.Timer(grace, sock.close).start()


class GlazeQueue:
    def __init__(self, workers=2):
        self.done = []
        self.pool = ThreadPoolExecutor(max_workers=workers)

    def submit(self, piece, seconds=0.02):
        def work():
            time.sleep(seconds)
            self.done.append(piece)

        return self.pool.submit(work)


HOURS = {"piece": 2, "vase": 3, "platter": 4}


def finish_hours(piece):
    return HOURS[piece.split("-")[0]]


def finish_times(pieces):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {piece: pool.submit(finish_hours, piece) for piece in pieces}
        return {piece: future.result() for piece, future in futures.items()}
