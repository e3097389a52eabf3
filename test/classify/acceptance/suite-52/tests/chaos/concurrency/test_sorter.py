import threading
import time

import pytest

from bagdrop import sorter, tags
from bagdrop.sorter import Belt, Carousel, Chute

pytestmark = pytest.mark.chaos

ROUTED = []


def bag(n, flight="SK1471"):
    return {"tag": f"01256000{n:02d}", "flight": flight}


@pytest.mark.parametrize("count", [1, 2, 3])
def test_route_small_batches(count):
    routed = sorter.route_all([bag(n) for n in range(count)])
    ROUTED.extend(routed)
    assert all(item["screened"] for item in routed)


def test_route_wave_of_bags():
    routed = sorter.route_all([bag(n) for n in range(12)])
    assert len(routed) == 12


def test_routed_log_is_per_test():
    routed = sorter.route_all([bag(1, "DY604")])
    ROUTED.extend(routed)
    assert [item["flight"] for item in ROUTED] == ["DY604"]


@pytest.mark.flaky(reruns=1)
def test_chute_drops_from_many_belts():
    belt = Belt([Chute("C1")])
    feeders = [threading.Thread(target=lambda: [belt.drop("C1") for _ in range(50)]) for _ in range(8)]
    for feeder in feeders:
        feeder.start()
    for feeder in feeders:
        feeder.join()
    assert belt.chutes["C1"].bags == 400


@pytest.mark.flaky(reruns=1)
def test_belt_tally_under_load():
    belt = Belt([Chute("C1")])
    counters = [threading.Thread(target=lambda: [belt.tally() for _ in range(10)]) for _ in range(2)]
    for counter in counters:
        counter.start()
    for counter in counters:
        counter.join()
    assert belt.count == 20


def test_swap_chutes_both_ways():
    belt = Belt([Chute("C1"), Chute("C2")])
    one = threading.Thread(target=belt.swap, args=("C1", "C2"), daemon=True)
    two = threading.Thread(target=belt.swap, args=("C2", "C1"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_swap_one_way():
    belt = Belt([Chute("C1"), Chute("C2")])
    belt.chutes["C1"].bags = 3
    belt.swap("C1", "C2")
    assert belt.chutes["C2"].bags == 3


def test_carousel_first_bag_announced_early():
    carousel = Carousel()
    carousel.announce("0125700001")
    assert carousel.next_bag() == "0125700001"


def test_carousel_bag_announced_later():
    carousel = Carousel()
    threading.Timer(0.05, carousel.announce, args=("0125700002",)).start()
    assert carousel.next_bag() == "0125700002"


def test_carousel_announces_in_background():
    carousel = Carousel()
    threading.Thread(target=lambda: (time.sleep(0.05), carousel.announce("0125700003"))).start()
    time.sleep(0.01)
    assert carousel.bags == ["0125700003"]


def test_unload_bank_of_arrivals():
    assert sorter.unload([f"SK{n}" for n in range(12)], belts=16) == 192


def test_unload_single_arrival():
    assert sorter.unload(["SK1471"], belts=4) == 4


@pytest.mark.flaky(reruns=1)
def test_scans_counted_from_threads():
    client = tags.client()
    threads = [threading.Thread(target=tags.count_scan, args=(client, "0125800001")) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert int(client.get("scans:0125800001")) == 4


@pytest.mark.parametrize("workers", [1, 2, 4, 8])
def test_screen_is_pure(workers):
    assert sorter.screen(bag(workers))["screened"]
