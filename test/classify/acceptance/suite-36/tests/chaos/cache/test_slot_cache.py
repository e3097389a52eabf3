import threading
import time

import pytest
import redis

from chairside import slots
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    client = slots.client()
    client.ping()
    yield client
    client.flushdb()


def test_put_and_get(cache):
    slots.put_slots(cache, "dublin-north", "2026-12-07", ["09:00", "09:30"])
    assert slots.get_slots(cache, "dublin-north", "2026-12-07") == ["09:00", "09:30"]


def test_missing_day(cache):
    assert slots.get_slots(cache, "cork", "2026-12-08") == []


def test_overwrite(cache):
    slots.put_slots(cache, "cork", "2026-12-07", ["10:00"])
    slots.put_slots(cache, "cork", "2026-12-07", ["11:00"])
    assert slots.get_slots(cache, "cork", "2026-12-07") == ["11:00"]


def test_expiry_set(cache):
    slots.put_slots(cache, "galway", "2026-12-07", ["12:00"])
    assert 0 < cache.ttl("slots:galway:2026-12-07") <= 300


def test_clinics_apart(cache):
    slots.put_slots(cache, "cork", "2026-12-09", ["08:00"])
    slots.put_slots(cache, "galway", "2026-12-09", ["15:00"])
    assert slots.get_slots(cache, "cork", "2026-12-09") == ["08:00"]


@pytest.mark.parametrize("day", ["2026-12-10", "2026-12-11"])
def test_empty_list_kept(cache, day):
    slots.put_slots(cache, "sligo", day, [])
    assert slots.get_slots(cache, "sligo", day) == []


def test_cache_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {}, stall_after=0))
    client = slots.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    slots.put_slots(client, "cork", "2026-12-07", ["10:00"])


def test_cache_loading(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    client = slots.client(f"redis://127.0.0.1:{stub.port}/0")
    assert slots.get_slots(client, "cork", "2026-12-07") == []


def test_hours_per_clinic():
    hours = {"cork": "08:00-18:00", "galway": "09:00-17:00"}
    assert slots.clinic_hours("cork", "mon", lambda clinic, day: hours[clinic]) == "08:00-18:00"
    assert slots.clinic_hours("galway", "mon", lambda clinic, day: hours[clinic]) == "09:00-17:00"


def test_recent_lookups_expire():
    recent = slots.recent_lookups(ttl=1)
    recent["cork"] = ["09:00"]
    time.sleep(0.5)
    assert "cork" not in recent
