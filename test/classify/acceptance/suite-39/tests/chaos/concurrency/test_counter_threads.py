"""Tills, transfers and workers sharing the counter's state."""
import threading

import pytest

from dispensa import counter

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_tills_take_stock():
    shelf = counter.Shelf({"AMOX-500": 100})
    threads = [threading.Thread(target=shelf.take, args=("AMOX-500", 1)) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert shelf.levels["AMOX-500"] == 80


def test_transfers_both_ways():
    leeds, york = counter.Branch("leeds", 50), counter.Branch("york", 50)
    a = threading.Thread(target=counter.transfer, args=(leeds, york, 5), daemon=True)
    b = threading.Thread(target=counter.transfer, args=(york, leeds, 3), daemon=True)
    a.start()
    b.start()
    a.join()
    b.join()
    assert leeds.level + york.level == 100


def test_restock_all():
    shelf = counter.Shelf({"AMOX-500": 10, "IBU-200": 4})
    assert counter.restock_all(shelf, [{"sku": "AMOX-500", "count": 5}, {"sku": "PARA-500", "count": 2}]) == [15, 2]


def test_background_count():
    out = []
    counter.background_count(counter.Shelf({"AMOX-500": 3, "IBU-200": 4}), out)
    threading.Event().wait(0.05)
    assert out == [7]
