"""The shipment domain: excursions, journeys, invoices."""
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal


@dataclass
class Shipment:
    shipment_id: str
    min_c: float
    max_c: float
    readings: list = field(default_factory=list)

    def excursions(self):
        return [r for r in self.readings if r["temp_c"] < self.min_c or r["temp_c"] > self.max_c]

    def time_out_of_range_minutes(self, interval_s=300):
        return len(self.excursions()) * interval_s // 3600


def fahrenheit_to_celsius(f):
    return (f - 32) * 5 / 9


def celsius_to_fahrenheit(c):
    return c * 9 / 5 + 32


def spoilage_charge(value_eur, hours_out):
    rate = Decimal("0.015")
    return round(value_eur * rate * hours_out, 2)


def eta_delay_hours(planned_iso, actual_iso):
    planned = datetime.fromisoformat(planned_iso)
    actual = datetime.fromisoformat(actual_iso)
    return (actual - planned).total_seconds() / 3600


def label(shipment):
    return f"{shipment['id']}/{shipment['lane']['code']}"


class ReadingCounter:
    """Counts readings per device across the ingest threads."""

    def __init__(self):
        self.counts = {}
        self._lock = threading.Lock()

    def add(self, device):
        current = self.counts.get(device, 0)
        threading.Event().wait(0.0005)
        self.counts[device] = current + 1


class Ledger:
    """Moves reefer slots between two depots; each depot has its own lock."""

    def __init__(self):
        self.locks = {"rotterdam": threading.Lock(), "antwerp": threading.Lock()}
        self.slots = {"rotterdam": 40, "antwerp": 40}

    def move(self, source, target, count, pause=0.2):
        with self.locks[source]:
            threading.Event().wait(pause)
            with self.locks[target]:
                self.slots[source] -= count
                self.slots[target] += count


def now_utc():
    return datetime.now(timezone.utc)
