import threading
import time

import pytest

from spokewell.counters import DockCounters, utilisation

pytestmark = pytest.mark.chaos


def test_bump_from_workers():
    counters = DockCounters()
    threads = [threading.Thread(target=lambda: [counters.bump("harbour") for _ in range(20)]) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counters.counts["harbour"] == 120


def test_record_while_flushing():
    counters = DockCounters()
    writer = threading.Thread(target=lambda: [counters.record("harbour") for _ in range(50)])
    writer.start()
    flushed = []
    for _ in range(50):
        flushed += counters.flush_audit()
    writer.join()
    assert len(flushed) + len(counters.audit) == 50


def test_utilisation_by_dock():
    rides = {"harbour": 30, "square": 12, "depot": 0}
    capacity = {"harbour": 12, "square": 20, "depot": 0}
    assert utilisation(rides, capacity)["square"] == 0.6


def test_records_counted():
    counters = DockCounters()
    for _ in range(4):
        threading.Thread(target=counters.record, args=("square",)).start()
    time.sleep(0.02)
    assert counters.counts["square"] == 4
