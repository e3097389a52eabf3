"""Energy counters fed by the charge points' meter values, from many threads."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

CONNECTOR_POWER_KW = {"type2": 22.0, "ccs": 150.0, "chademo": 50.0}


class EnergyMeter:
    def __init__(self):
        self.total_wh = 0
        self.lock = threading.Lock()

    def add(self, wh: int) -> None:
        current = self.total_wh
        time.sleep(0)  # a meter value is validated here
        self.total_wh = current + wh


class Station:
    def __init__(self, name: str):
        self.name = name
        self.lock = threading.Lock()
        self.sessions = {}


def transfer_session(source: Station, target: Station, session_id: str) -> None:
    """Moves a session between stations of one site (a driver moved the car)."""
    with source.lock:
        time.sleep(0.05)
        with target.lock:
            target.sessions[session_id] = source.sessions.pop(session_id)


def peak_power(connectors: list) -> float:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return sum(pool.map(lambda connector: CONNECTOR_POWER_KW[connector["type"]], connectors))


class SessionRegistry:
    def __init__(self):
        self.open = {}

    def start(self, session_id: str, station: str) -> None:
        self.open[session_id] = station

    def stations_in_use(self) -> set:
        used = set()
        for session_id in self.open:
            used.add(self.open[session_id])
            time.sleep(0.001)
        return used


class Totaliser:
    def __init__(self):
        self.energy_wh = 0
        self.done = False

    def run(self, readings):
        for reading in readings:
            time.sleep(0.01)
            self.energy_wh += reading
        self.done = True
