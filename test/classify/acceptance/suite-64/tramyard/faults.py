"""Chaos: faults injected with a probability, seeded per test."""
import random
import zlib


class InjectedFault(ConnectionError):
    pass


def injector(name, probability):
    rng = random.Random(zlib.crc32(name.encode()))

    def maybe_fail(what):
        if rng.random() < probability:
            raise InjectedFault(f"chaos: {what} dropped (p={probability})")

    return maybe_fail
