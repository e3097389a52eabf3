"""Swarm alerts: a hive's weight drop sends an alert to its keeper."""
import random
import time


def dispatch_swarm_alert(hive, rng=None):
    rng = rng or random.Random()
    started = time.perf_counter()
    time.sleep(rng.choice([0.01, 0.02, 0.09]))  # the SMS gateway's queueing
    return time.perf_counter() - started


class FrameCounter:
    def __init__(self):
        self.total = 0

    def add(self, frames):
        current = self.total
        time.sleep(0)
        self.total = current + frames
