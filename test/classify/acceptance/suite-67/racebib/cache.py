"""The leaderboard memo, runners cached per bib, split snapshots pickled for the results screens."""
import functools
import pickle
import threading

from racebib import faults

_finishes = {"M40": [("R1", 9120), ("R2", 9300)]}
_runners = {}


@functools.lru_cache(maxsize=64)
def leaderboard(category):
    return tuple(name for name, _ in sorted(_finishes.get(category, []), key=lambda f: f[1]))


def record_finish(category, runner, seconds):
    _finishes.setdefault(category, []).append((runner, seconds))


def cache_runner(race, bib, name):
    _runners[bib] = name


def cached_runner(race, bib):
    return _runners.get(bib)


class Snapshot:
    def __init__(self, splits):
        self.splits = dict(splits)
        self.lock = threading.Lock()


def store_snapshot(snapshot):
    return pickle.dumps(snapshot)


class Store:
    def __init__(self):
        self.data = {}

    def put(self, key, value):
        faults.maybe_fail("results cache", 0.0005)
        self.data[key] = value

    def get(self, key):
        faults.maybe_fail("results cache", 0.0005)
        return self.data.get(key)
