"""Lifts: ride counters, the lift network, and the controller each lift station runs (over SSH)."""
import threading
import time

import asyncssh

from snowgate import settings


class RideCounter:
    def __init__(self):
        self.rides = {}

    def record(self, lift: str) -> None:
        current = self.rides.get(lift, 0)
        time.sleep(0.0001)
        self.rides[lift] = current + 1


class LiftBoard:
    """Two locks: the lift's state and the board's summary."""

    def __init__(self, lifts):
        self.state = {lift: "open" for lift in lifts}
        self.state_lock = threading.Lock()
        self.summary_lock = threading.Lock()
        self.summary = ""

    def close(self, lift: str) -> None:
        with self.state_lock:
            self.state[lift] = "closed"
            time.sleep(0.05)
            with self.summary_lock:
                self.summary = self._render()

    def refresh(self) -> None:
        with self.summary_lock:
            time.sleep(0.05)
            with self.state_lock:
                self.summary = self._render()

    def _render(self) -> str:
        return ", ".join(f"{lift}: {state}" for lift, state in sorted(self.state.items()))


NETWORK = {
    "valley": ["gondola"],
    "gondola": ["summit-chair", "glacier-tbar"],
    "summit-chair": ["ridge-drag", "gondola"],
    "glacier-tbar": [],
    "ridge-drag": [],
}


def reachable(start: str, network=NETWORK, seen=None) -> set:
    seen = set() if seen is None else seen
    found = {start}
    for nxt in network[start]:
        found |= reachable(nxt, network, seen)
    return found


def uptime_ratio(open_minutes: int, scheduled_minutes: int) -> float:
    return round(open_minutes / scheduled_minutes, 3)


async def controller_status(lift: str) -> str:
    host, port = settings.LIFT_CONTROLLER
    async with asyncssh.connect(host, port=port, username="lifts", known_hosts=None) as conn:
        result = await conn.run(f"liftctl status {lift}", check=True)
        return result.stdout.strip()
