"""The field crew's work: tide gauges read over trio, gauge polling, jobs in a process pool, tallies in threads."""

import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

import trio


def parse_reading(line: bytes) -> float:
    station, _, level = line.decode().strip().partition(" ")
    return float(level)


async def read_gauge(hub: str) -> float:
    host, port = hub.rsplit(":", 1)
    with trio.fail_after(0.5):
        stream = await trio.open_tcp_stream(host, int(port))
        async with stream:
            await stream.send_all(b"READ spurn\n")
            line = await stream.receive_some(64)
    return parse_reading(line)


def gauge_level(hub: str) -> float:
    """A reading for code that is not async."""
    return trio.run(read_gauge, hub)


async def dashboard(hub: str) -> dict:
    level = gauge_level(hub)
    return {"spurn": level}


async def poll_all(readers: dict) -> dict:
    """Each gauge's reading; a gauge whose reading cannot be parsed is marked None."""
    results: dict = {}

    async def poll(name, reader):
        results[name] = parse_reading(await reader())

    try:
        async with trio.open_nursery() as nursery:
            for name, reader in readers.items():
                nursery.start_soon(poll, name, reader)
    except ValueError:
        for name in readers:
            results.setdefault(name, None)
    return results


async def handover(lock: trio.Lock, log: list) -> None:
    """The day crew takes the slipway lock; the night crew releases it at shift change."""

    async def day_crew():
        await lock.acquire()
        log.append("day")

    async def night_crew():
        await trio.sleep(0.01)
        log.append("night")
        lock.release()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(day_crew)
        nursery.start_soon(night_crew)


def make_job(tile: int):
    return lambda: tile * tile


def run_jobs(tiles: list[int]) -> list[int]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(make_job(tile)) for tile in tiles]
        return [future.result() for future in futures]


def square(tile: int) -> int:
    return tile * tile


def run_squares(tiles: list[int]) -> list[int]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(square, tiles))


class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n: int = 1) -> None:
        current = self.count
        time.sleep(0)
        self.count = current + n


def zone_average(readings: list[float]) -> float:
    return sum(readings) / len(readings)


def averages(zones: dict) -> dict:
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(zone_average, readings) for name, readings in zones.items()}
        return {name: future.result() for name, future in futures.items()}


def finishing_order(delays: dict) -> list[str]:
    with ThreadPoolExecutor(max_workers=len(delays)) as pool:
        futures = {pool.submit(time.sleep, delay): name for name, delay in delays.items()}
        return [futures[future] for future in as_completed(futures)]


def median_level(readings: list[float]) -> float:
    return statistics.median(readings)
