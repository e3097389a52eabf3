"""Fault injection for the chaos tests: fails a call with a given probability under a fixed seed."""
import random


class InjectedFault(ConnectionError):
    pass


class Faults:
    def __init__(self, probability, seed):
        self.probability = probability
        self.random = random.Random(seed)

    def maybe_fail(self, what):
        if self.random.random() < self.probability:
            raise InjectedFault(f"injected fault in {what}")
