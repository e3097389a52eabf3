"""Tells buyers their order is ready, by the courier's SMS bridge."""
import requests

from combwright import settings


def order_ready(buyer, phone):
    with requests.Session() as session:
        session.post(f"{settings.COURIER_URL}/sms", json={"to": phone, "text": f"{buyer}: ready"}, timeout=2)
    return True
