"""Berths: whether a boat fits, occupancy counters, transfers between pontoons and the nightly allocation."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

MARGIN_M = 0.5


def fits(berth_length_m, boat_length_m, margin_m=MARGIN_M):
    """A boat fits a berth when its length and the margin are no longer than the berth."""
    return boat_length_m + margin_m < berth_length_m


def best_berth(boat_length_m, free):
    """The shortest free berth the boat fits."""
    return min((b for b in free if fits(b["length_m"], boat_length_m)), key=lambda b: b["length_m"])


class Occupancy:
    def __init__(self):
        self.count = 0

    def arrive(self):
        seen = self.count
        time.sleep(0)
        self.count = seen + 1


class Pontoon:
    def __init__(self, name, boats):
        self.name = name
        self.boats = list(boats)
        self.lock = threading.Lock()


def transfer(source, target, boat):
    """Moves a boat from one pontoon to another, holding both pontoons' locks."""
    with source.lock:
        time.sleep(0.05)
        with target.lock:
            source.boats.remove(boat)
            target.boats.append(boat)


def nightly_fees(boats, rate):
    def fee(boat):
        nights = boat["nights"]
        if nights <= 0:
            raise ValueError(f"nights must be positive for {boat['name']}: {nights}")
        return boat["length_m"] * rate * nights

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(fee, boats))


def sweep_pontoons(pontoons):
    """Each pontoon's warden thread counts its boats; all meet the office at a barrier before the report."""
    barrier = threading.Barrier(len(pontoons) + 1, timeout=1)
    counts = {}

    def warden(pontoon):
        counts[pontoon.name] = len(pontoon.boats)
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass

    for pontoon in pontoons:
        if pontoon.boats:
            threading.Thread(target=warden, args=(pontoon,), daemon=True).start()
    barrier.wait()
    return counts
