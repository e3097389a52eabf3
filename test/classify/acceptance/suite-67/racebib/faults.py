"""Chaos hooks: a call fails with a set probability, drawn from a seeded generator."""
import random

_rng = random.Random(67)


class InjectedFault(ConnectionError):
    pass


def maybe_fail(where, probability):
    if _rng.random() < probability:
        raise InjectedFault(f"injected fault in {where} (p={probability})")
