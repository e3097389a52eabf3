"""Seats shared by the desk's worker threads."""
import threading
import time


class Night:
    def __init__(self, capacity):
        self.capacity = capacity
        self.booked = 0
        self.ledger_lock = threading.Lock()
        self.seat_lock = threading.Lock()
        self.ledger = []

    def book(self, seats):
        current = self.booked
        time.sleep(0.001)
        self.booked = current + seats

    def refund(self, seats):
        with self.ledger_lock:
            time.sleep(0.05)
            with self.seat_lock:
                self.booked -= seats
                self.ledger.append(-seats)

    def transfer(self, seats):
        with self.seat_lock:
            time.sleep(0.05)
            with self.ledger_lock:
                self.booked += seats
                self.ledger.append(seats)


def parallel_checkins(visitors, work):
    threads = [threading.Thread(target=work, args=(v,)) for v in visitors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(threads)
