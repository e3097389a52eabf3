import threading
import time

import pytest

from rillmark import alerts, leaks

pytestmark = pytest.mark.chaos


def test_zone_totals_from_parallel_workers():
    totals = leaks.ZoneTotals()
    workers = [threading.Thread(target=lambda: [totals.add("north", 1) for _ in range(500)]) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert totals.snapshot()["north"] == 4000


def test_transfers_in_both_directions():
    transfer = leaks.Transfer()
    a = threading.Thread(target=transfer.move, args=("m1", "north", "south"), daemon=True)
    b = threading.Thread(target=transfer.move, args=("m3", "south", "north"), daemon=True)
    a.start()
    b.start()
    a.join()
    b.join()
    assert "m1" in transfer.rosters["south"]


def test_watchlist_expiry():
    watchlist = leaks.Watchlist()
    for n in range(5):
        watchlist.flag(f"m{n}", {"age": n})
    watchlist.expire(older_than=2)
    assert sorted(watchlist.meters) == ["m0", "m1", "m2"]


def test_alert_dispatched_to_crew():
    alerts.dispatched.clear()
    alerts.register_dispatch("crew-17")
    alerts.raise_alert("M-0042", 45)
    assert alerts.dispatched == [("crew-17", "M-0042")]


def test_night_flow_worker_finishes():
    results = []
    worker = threading.Thread(target=lambda: (time.sleep(0.3), results.append(12.5)))
    worker.start()
    time.sleep(0.1)
    assert results == [12.5]
