"""Offering orders to couriers: ranking, assignment and the dispatch settings."""

import threading
import time
from collections import deque
from dataclasses import dataclass, field

from dotenv import dotenv_values

from hotbox.geo import haversine_km
from hotbox.settings import load
from hotbox.sms import send_sms


@dataclass
class Courier:
    id: int
    position: tuple
    eta_minutes: float | None = None
    busy: bool = False
    orders: list = field(default_factory=list)


REGISTRY = {}


def register(courier):
    REGISTRY[courier.id] = courier
    return courier


def rank(couriers):
    """Couriers by their estimated time to the restaurant, nearest first."""
    return sorted(couriers, key=lambda courier: courier.eta_minutes)


def nearest(couriers, restaurant):
    return min(couriers, key=lambda courier: haversine_km(courier.position, restaurant))


def dispatch_settings(path=None):
    values = dotenv_values(path or load().dispatch_env)
    return {
        "max_active": int(values["HOTBOX_DISPATCH_MAX_ACTIVE"]),
        "radius_km": int(values["HOTBOX_DISPATCH_RADIUS_KM"]),
        "offer_seconds": int(values["HOTBOX_DISPATCH_OFFER_SECONDS"]),
    }


class Dispatcher:
    def __init__(self, couriers, lookup_delay=0.0):
        self.couriers = list(couriers)
        self.assigned = []
        self.pending = deque()
        self.lookup_delay = lookup_delay
        self.locks = {courier.id: threading.Lock() for courier in self.couriers}

    def assign(self, order_id):
        """Give the order to the first free courier."""
        for courier in self.couriers:
            if not courier.busy:
                time.sleep(self.lookup_delay)  # the ETA look-up
                courier.busy = True
                courier.orders.append(order_id)
                self.assigned.append((order_id, courier.id))
                return courier
        return None

    def hand_over(self, order_id, giver, taker):
        """Move an order from one courier to another, holding both couriers' locks."""
        with self.locks[giver.id]:
            time.sleep(0.05)
            with self.locks[taker.id]:
                giver.orders.remove(order_id)
                taker.orders.append(order_id)

    def queue(self, order_id):
        self.pending.append(order_id)

    def offer_pending(self, offer):
        offered = []
        for order_id in self.pending:
            offer(order_id)
            offered.append(order_id)
        return offered


def notify_assigned(courier, order_id, phone):
    send_sms(phone, f"Order {order_id} is yours: collect within 10 minutes")
    return courier.id
