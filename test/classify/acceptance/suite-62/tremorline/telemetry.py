"""Station telemetry: packet tallies kept by the acquisition threads, and the asyncio pick merger."""

import asyncio
import threading
import time


class Tally:
    """Samples received per station, added to by one acquisition thread per channel."""

    def __init__(self):
        self.samples = {}

    def add(self, station, count):
        seen = self.samples.get(station, 0)
        time.sleep(0.0005)  # the packet's checksum is verified in between
        self.samples[station] = seen + count


def acquire(tally, station, channels, packets):
    threads = [threading.Thread(target=lambda: [tally.add(station, 100) for _ in range(packets)])
               for _ in range(channels)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally.samples[station]


class PickBoard:
    """Phase picks per event, merged from the stations' asyncio readers."""

    def __init__(self):
        self.picks = {}

    async def merge(self, event, station, phase):
        current = list(self.picks.get(event, []))
        await asyncio.sleep(0)  # the pick's arrival time is refined against the station's clock
        current.append((station, phase))
        self.picks[event] = current


async def merge_all(board, event, stations):
    await asyncio.gather(*(board.merge(event, station, phase) for station in stations for phase in "PS"))
    return board.picks[event]


# One lock for the locator, shared by every run of the merger.
LOCATOR_LOCK = asyncio.Lock()


async def _locate(event, results):
    async with LOCATOR_LOCK:
        await asyncio.sleep(0.01)
        results.append(event)


async def locate_all(events):
    results = []
    await asyncio.gather(*(_locate(event, results) for event in events))
    return results


class Relay:
    """Forwards a located event to the bulletin writer once the writer says it is ready."""

    def __init__(self):
        self.ready = asyncio.Event()
        self.sent = []

    async def writer_started(self):
        await asyncio.sleep(0.01)
        # the writer is up; it is meant to signal readiness here

    async def forward(self, event):
        await asyncio.wait_for(self.ready.wait(), timeout=1.0)
        self.sent.append(event)


async def relay_event(event):
    relay = Relay()
    await relay.writer_started()
    await relay.forward(event)
    return relay.sent
