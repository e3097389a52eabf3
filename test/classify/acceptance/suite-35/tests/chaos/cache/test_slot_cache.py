import time

import pytest

from clutchpoint import slots
from tests.conftest import redis_replies, stall

pytestmark = pytest.mark.chaos


def test_put_and_get_slots(slot_cache):
    slot_cache.put("amrit", "2026-03-02", ["09:00", "11:00"])
    assert slot_cache.get("amrit", "2026-03-02") == ["09:00", "11:00"]


def test_take_slot(slot_cache):
    slot_cache.put("amrit", "2026-03-02", ["09:00"])
    slot_cache.take("amrit", "2026-03-02", "09:00")
    assert slot_cache.get("amrit", "2026-03-02") == []


def test_empty_day(slot_cache):
    assert slot_cache.get("bea", "2026-03-03") == []


def test_slots_expire(slot_cache):
    slot_cache.put("colm", "2026-03-04", ["10:00"])
    assert slot_cache.redis.ttl("slots:2026-03-04") > 0


def test_cache_loading_after_restart(stub):
    peer = stub(redis_replies(b"-LOADING Redis is loading the dataset in memory\r\n"))
    cache = slots.SlotCache(slots.client(f"redis://127.0.0.1:{peer.port}/0"))
    assert cache.get("amrit", "2026-03-02") == []


def test_cache_stalled(stub):
    peer = stub(stall)
    cache = slots.SlotCache(slots.client(f"redis://127.0.0.1:{peer.port}/0", timeout=0.5))
    assert cache.get("amrit", "2026-03-02") == []


def test_slots_per_instructor():
    class Memory:
        def __init__(self):
            self.data = {}

        def set(self, key, value, ex=None):
            self.data[key] = value

        def get(self, key):
            return self.data.get(key)

    cache = slots.SlotCache(Memory())
    cache.put("amrit", "2026-03-02", ["09:00"])
    cache.put("bea", "2026-03-02", ["14:00"])
    assert cache.get("amrit", "2026-03-02") == ["09:00"]


def test_timetable_after_cancellation():
    store = {"L1": "Mon 09:00", "L2": "Mon 11:00"}
    assert slots.timetable("2026-W10", lambda week: sorted(store.values())) == ["Mon 09:00", "Mon 11:00"]
    slots.cancel_lesson("2026-W10", "L1", store)
    assert slots.timetable("2026-W10", lambda week: sorted(store.values())) == ["Mon 11:00"]


def test_timetable_memo_expires():
    short = slots.cachetools.TTLCache(maxsize=4, ttl=0.5)
    short["w"] = 1
    time.sleep(0.2)
    assert "w" not in short
