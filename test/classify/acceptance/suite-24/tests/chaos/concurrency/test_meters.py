import threading
import time

import pytest

from voltbay import counters

pytestmark = pytest.mark.chaos


def test_meter_values_from_every_connector():
    meter = counters.EnergyMeter()
    threads = [threading.Thread(target=lambda: [meter.add(10) for _ in range(200)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert meter.total_wh == 8 * 200 * 10


def test_sessions_moved_both_ways():
    left, right = counters.Station("HAM-0007"), counters.Station("HAM-0008")
    left.sessions["s1"] = "car-1"
    right.sessions["s2"] = "car-2"
    first = threading.Thread(target=counters.transfer_session, args=(left, right, "s1"), daemon=True)
    second = threading.Thread(target=counters.transfer_session, args=(right, left, "s2"), daemon=True)
    first.start()
    second.start()
    first.join()
    second.join()
    assert left.sessions == {"s2": "car-2"}


def test_site_peak_power():
    connectors = [{"type": "ccs"}, {"type": "type2"}, {"type": "CCS"}, {"type": "chademo"}]
    assert counters.peak_power(connectors) == 372.0


def test_stations_in_use_while_sessions_start():
    registry = counters.SessionRegistry()
    for index in range(50):
        registry.start(f"s{index}", f"HAM-{index % 5:04d}")
    starter = threading.Thread(target=lambda: [registry.start(f"n{i}", "HAM-0009") for i in range(50)])
    starter.start()
    used = registry.stations_in_use()
    starter.join()
    assert "HAM-0000" in used


def test_totaliser_sums_readings():
    totaliser = counters.Totaliser()
    worker = threading.Thread(target=totaliser.run, args=([100] * 20,))
    worker.start()
    time.sleep(0.05)
    assert totaliser.energy_wh == 2000
