"""Background work: seat allocation, refunds, and the quay display feed."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class SeatMap:
    def __init__(self, seats: int) -> None:
        self.free = seats
        self.sold = 0

    def sell(self) -> None:
        free = self.free
        time.sleep(0)
        self.free = free - 1
        self.sold += 1


class Transfer:
    """Moves a seat between two sailings, locking both."""

    def __init__(self) -> None:
        self.locks = {name: threading.Lock() for name in ("A", "B")}

    def move(self, source: str, target: str, pause: float = 0.2) -> None:
        with self.locks[source]:
            time.sleep(pause)
            with self.locks[target]:
                pass


def refund_all(amounts: list[int], passengers: list[int]) -> list[float]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(lambda a, p: a / p, a, p) for a, p in zip(amounts, passengers)]
        return [future.result() for future in futures]


async def read_display_feed(host: str, port: int, timeout: float) -> bytes:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        return await asyncio.wait_for(reader.readline(), timeout)
    finally:
        writer.close()
