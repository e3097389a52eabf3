"""Holds: the queue for a title, in Redis, and the branch's in-memory hold shelf."""

import threading
import time

import redis


def client(url, timeout=0.5):
    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)


class HoldQueue:
    def __init__(self, redis_client):
        self.redis = redis_client

    def place(self, isbn, card):
        return self.redis.rpush(f"holds:{isbn}", card)

    def position(self, isbn, card):
        queue = [entry.decode() for entry in self.redis.lrange(f"holds:{isbn}", 0, -1)]
        return queue.index(card) + 1

    def next_for(self, isbn):
        card = self.redis.lpop(f"holds:{isbn}")
        return card.decode() if card else None


class HoldShelf:
    """The holds waiting at each branch, with one lock per branch."""

    def __init__(self, branches):
        self.shelves = {branch: [] for branch in branches}
        self.locks = {branch: threading.Lock() for branch in branches}
        self.counter = 0
        self.expiries = {}

    def place(self, branch, card):
        position = self.counter + 1
        time.sleep(0.01)  # the reservation is written to the branch's printer queue
        self.counter = position
        self.shelves[branch].append(card)
        return position

    def transfer(self, source, target, card):
        with self.locks[source]:
            time.sleep(0.05)
            with self.locks[target]:
                self.shelves[source].remove(card)
                self.shelves[target].append(card)

    def set_expiry(self, card, when):
        self.expiries[card] = when

    def sweep(self, now, on_expired):
        for card, when in self.expiries.items():
            if when <= now:
                on_expired(card)
                del self.expiries[card]
