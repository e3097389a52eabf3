import threading
import time

import pytest

from hedgerow import shared

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_seed_orders_under_load():
    orders = shared.SeedOrders({"broad-beans": 200})
    threads = [threading.Thread(target=orders.take, args=("broad-beans", 1)) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert orders.stock["broad-beans"] == 160, "Every order should take its packet"


def test_key_swaps_both_ways():
    keys = shared.ShedKeys()
    one = threading.Thread(target=keys.move, args=("north", "south"), daemon=True)
    two = threading.Thread(target=keys.move, args=("south", "north"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()
    assert keys.keys == {"north": 10, "south": 10}


def test_shed_fees_for_new_plots():
    assert shared.shed_fees(["A1", "A2", "C4"]) == [900, 600, 900]


def test_rota_while_filling():
    rota = shared.Rota()
    for number in range(50):
        rota.add(f"member-{number}", "sun")
    thread = rota.fill_async([f"new-{number}" for number in range(50)])
    days = rota.days()
    thread.join()
    assert "sun" in days


def test_tally_finishes():
    result = []
    threading.Thread(target=shared.slow_tally, args=(result,)).start()
    time.sleep(0.01)
    assert result == ["done"]


def test_water_every_plot():
    done = []
    shared.water_all([f"plot-{number}" for number in range(200)], lambda site: (time.sleep(0.5), done.append(site)))
    assert len(done) == 200
