import datetime

import pytest

from wardbook import cache, slots

pytestmark = pytest.mark.chaos


def test_sentinel_finds_master():
    assert cache.sentinel_master().ping()


def test_remember_slots(tcp_stub):
    port = tcp_stub("send", b"-NOAUTH Authentication required.\r\n")
    cache.SlotCache(port).remember("cardiology", "2026-12-03", ["08:00", "08:30"])


def test_recall_after_restart(tcp_stub):
    port = tcp_stub("send", b"-LOADING Redis is loading the dataset in memory\r\n")
    assert cache.SlotCache(port).recall("cardiology", "2026-12-03") is None


def test_remember_on_failover(tcp_stub):
    port = tcp_stub("send", b"-READONLY You can't write against a read only replica.\r\n")
    cache.SlotCache(port).remember("dermatology", "2026-12-03", ["09:00"])


def test_slots_for_several_clinics_are_memoised():
    day = datetime.date(2026, 12, 3)
    first = slots.slots_for_clinics(["cardiology", "dermatology"], day)
    assert first is slots.slots_for_clinics(["cardiology", "dermatology"], day)


def test_clinic_hours_default():
    assert cache.clinic_hours("cardiology", lambda clinic: (8, 12)) == (8, 12)


def test_clinic_hours_from_rota():
    assert cache.clinic_hours("cardiology", lambda clinic: (9, 17)) == (9, 17)


def test_clinic_hours_of_another_clinic():
    assert cache.clinic_hours("oncology", lambda clinic: (10, 16)) == (10, 16)
