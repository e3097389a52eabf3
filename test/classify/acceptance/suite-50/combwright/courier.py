"""Pickups of pallets from the depot by the courier's API (requests)."""
import requests

from combwright import settings


def book_pickup(depot, pallets, base=None):
    response = requests.post(f"{base or settings.COURIER_URL}/pickups", json={"depot": depot, "pallets": pallets},
                             timeout=2)
    response.raise_for_status()
    return response.json()["pickup"]


def cancel_pickup(pickup, base=None):
    response = requests.delete(f"{base or settings.COURIER_URL}/pickups/{pickup}", timeout=2)
    response.raise_for_status()


def track(pickup, base=None):
    response = requests.get(f"{base or settings.COURIER_URL}/pickups/{pickup}", timeout=2)
    response.raise_for_status()
    return response.json()["status"]
