"""Listener counts from the stream relays, updated by one thread per relay."""
import threading
import time


class ListenerBoard:
    def __init__(self):
        self.total = 0
        self.peak = 0
        self.count_lock = threading.Lock()
        self.peak_lock = threading.Lock()

    def join(self, n=1):
        current = self.total
        time.sleep(0.0005)
        self.total = current + n

    def record_peak(self):
        with self.count_lock:
            time.sleep(0.05)
            with self.peak_lock:
                self.peak = max(self.peak, self.total)

    def reset_after_peak(self):
        with self.peak_lock:
            time.sleep(0.05)
            with self.count_lock:
                self.total = 0


def poll_relays(relays, board):
    threads = [threading.Thread(target=board.join, args=(1,)) for _ in relays]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return board.total


def poll_relays_concurrently(relays):
    results = []
    threads = []
    for relay in relays:
        thread = threading.Thread(target=lambda r=relay: (time.sleep(0.3), results.append(r)))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    return len(results)
