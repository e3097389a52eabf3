"""The veterinary laboratory's results, the feed supplier's orders, and the weather feed for outdoor enclosures."""
import requests

from keeperlog import settings


def lab_results(sample_id):
    response = requests.get(f"{settings.VET_LAB_URL}/samples/{sample_id}", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


def order_feed(food, kilograms):
    response = requests.post(
        f"{settings.FEED_SUPPLIER_URL}/orders", json={"food": food, "kg": kilograms}, timeout=settings.HTTP_TIMEOUT
    )
    response.raise_for_status()
    return response.json()["order_id"]


def heat_warning():
    response = requests.get(f"{settings.WEATHER_URL}/warnings", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()
