import threading
import time

import pytest

from roomwise import availability

pytestmark = pytest.mark.chaos


def test_rate_change_seen():
    assert availability.nightly_rate("deluxe") == 180
    availability.change_rate("deluxe", 195)
    assert availability.nightly_rate("deluxe") == 195


def test_one_load_for_many_readers():
    def compute(key):
        time.sleep(0.1)
        return ["101", "102"]

    cache = availability.AvailabilityCache(compute, ttl=60)
    readers = [threading.Thread(target=cache.get, args=("LON:2026-12-24",)) for _ in range(8)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert cache.loads == 1


def test_entry_reloaded_after_ttl():
    cache = availability.AvailabilityCache(lambda key: ["101"], ttl=0.5)
    cache.get("LON:2026-12-24")
    time.sleep(0.2)
    cache.get("LON:2026-12-24")
    assert cache.loads == 2


def test_entry_kept_within_ttl():
    cache = availability.AvailabilityCache(lambda key: ["101"], ttl=5)
    cache.get("EDI:2026-12-24")
    cache.get("EDI:2026-12-24")
    assert cache.loads == 1


def test_sessions_kept():
    sessions = availability.SessionCache(4)
    sessions.put("s-1", "ada")
    assert sessions.guest("s-1") == "ada"
