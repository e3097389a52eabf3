import threading
import time

import pytest
import trio

from moorline import berths, tracks

pytestmark = pytest.mark.chaos


def test_occupancy_counts_every_arrival():
    occupancy = berths.Occupancy()

    def arrivals():
        for _ in range(300):
            occupancy.arrive()

    workers = [threading.Thread(target=arrivals) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert occupancy.count == 2400


def test_transfers_both_ways():
    north = berths.Pontoon("north", ["Kittiwake", "Curlew"])
    south = berths.Pontoon("south", ["Gannet", "Puffin"])
    one = threading.Thread(target=berths.transfer, args=(north, south, "Kittiwake"), daemon=True)
    two = threading.Thread(target=berths.transfer, args=(south, north, "Gannet"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()
    assert sorted(north.boats) == ["Curlew", "Gannet"]


def test_nightly_fees_in_parallel():
    boats = [{"name": "Kittiwake", "length_m": 11.2, "nights": 3},
             {"name": "Curlew", "length_m": 9.8, "nights": 0},
             {"name": "Gannet", "length_m": 14.1, "nights": 7}]
    assert len(berths.nightly_fees(boats, 3.2)) == 3


def test_sweep_pontoons():
    pontoons = [berths.Pontoon("north", ["Kittiwake"]), berths.Pontoon("south", []),
                berths.Pontoon("east", ["Gannet", "Puffin"])]
    assert berths.sweep_pontoons(pontoons) == {"north": 1, "south": 0, "east": 2}


def test_tracks_from_both_receivers():
    assert trio.run(tracks.fetch_all) != []


def test_latest_position():
    positions = [{"mmsi": "235012345", "lat": 50.1}, {"mmsi": "235012345", "lat": 50.2}]
    latest = tracks.latest(positions)
    assert latest["lat"] == 50.2


async def test_latest_position_async():
    positions = [{"mmsi": "235012345", "lat": 50.1}, {"mmsi": "235012345", "lat": 50.2}]
    assert (await tracks.latest(positions))["lat"] == 50.2


def test_background_ledger(tmp_path):
    ledger = tmp_path / "ledger.csv"

    def write():
        time.sleep(0.3)
        ledger.write_text("A12,Kittiwake,35.84\n")

    threading.Thread(target=write).start()
    time.sleep(0.1)
    assert ledger.read_text().startswith("A12")
