"""Seat holds: a customer holds seats for a few minutes while paying."""

import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor


class SeatTaken(Exception):
    pass


class HoldBook:
    def __init__(self, inventory_latency=0.0):
        self.holds = {}  # (event, seat) -> order
        self.latency = inventory_latency  # the inventory service's answer time
        self.order_locks = defaultdict(threading.Lock)
        self.seats_by_order = defaultdict(set)

    def _inventory_says_free(self, event, seat):
        free = (event, seat) not in self.holds
        time.sleep(self.latency)  # the inventory service answers
        return free

    def hold(self, event, seat, order):
        if not self._inventory_says_free(event, seat):
            raise SeatTaken(f"{event}/{seat}")
        self.holds[(event, seat)] = order
        self.seats_by_order[order].add((event, seat))
        return True

    def release(self, order):
        for key in self.seats_by_order.pop(order, set()):
            self.holds.pop(key, None)

    def transfer(self, seat_key, source, target):
        """Move a held seat from one order to another (a customer merging baskets)."""
        with self.order_locks[source]:
            time.sleep(0.05)  # write the audit line
            with self.order_locks[target]:
                self.seats_by_order[source].discard(seat_key)
                self.seats_by_order[target].add(seat_key)
                self.holds[seat_key] = target

    def hold_many(self, event, seats, order, workers=4):
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(lambda seat: self.hold(event, seat, order), seats))
        return all(results)

    def summary(self):
        counts = defaultdict(int)
        for (event, _seat), _order in self.holds.items():
            counts[event] += 1
        return dict(counts)

    def orders_for(self, event):
        return sorted({order for (ev, _seat), order in self.holds.items() if ev == event})


class Waitlist:
    """Customers waiting for returned tickets, served by a background thread."""

    def __init__(self, notify_delay=0.2):
        self.entries = []
        self.notified = []
        self.delay = notify_delay

    def join(self, email):
        self.entries.append(email)

    def release_tickets(self, count):
        def serve():
            time.sleep(self.delay)
            for _ in range(min(count, len(self.entries))):
                self.notified.append(self.entries.pop(0))

        worker = threading.Thread(target=serve, daemon=True)
        worker.start()
        return worker


def hold_expiry(held_at, seconds=600):
    from datetime import datetime, timedelta

    return datetime.utcnow() + timedelta(seconds=seconds) if held_at is None else held_at + timedelta(seconds=seconds)


def hold_expired(expires_at, now):
    return now >= expires_at
