import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from stowfold import units
from tests.conftest import closed_port_url


@pytest.mark.flaky(reruns=2)
def test_concurrent_move_ins_count():
    occupancy = units.Occupancy(free=40)
    workers = [threading.Thread(target=occupancy.take) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert occupancy.free == 32


def test_swap_units_both_ways():
    transfer = units.Transfer()
    first = threading.Thread(target=transfer.move, args=("A101", "B204"), daemon=True)
    second = threading.Thread(target=transfer.move, args=("B204", "A101"), daemon=True)
    first.start()
    second.start()
    first.join()
    second.join()


def test_sizes_in_pool():
    with ThreadPoolExecutor(max_workers=4) as pool:
        sizes = list(pool.map(units.size_of, ["locker", "small", "jumbo", "large"]))
    assert sum(sizes) == 240


def test_background_code_refresh():
    codes = {}
    worker = threading.Thread(target=lambda: (time.sleep(0.05), codes.setdefault("A101", units.access_code("A101", 1234))))
    worker.start()
    time.sleep(0.01)
    assert codes["A101"] == "A11234"


def test_gate_pollers_for_every_unit():
    stop = threading.Event()
    pollers = [threading.Thread(target=stop.wait, daemon=True) for _ in range(400)]
    try:
        for poller in pollers:
            poller.start()
    finally:
        stop.set()


def test_open_all_gates_async():
    async def open_one(url):
        host, port = url.rsplit("//", 1)[1].split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.close()
        return True

    async def main():
        return await asyncio.gather(*(open_one(closed_port_url()) for _ in range(3)))

    assert all(asyncio.run(main()))
