"""The regional catalogue exchange: other networks' events for a day."""

import requests

from tremorline import settings


def day(date):
    response = requests.get(f"{settings.EXCHANGE_URL}/events/{date}", timeout=2)
    response.raise_for_status()
    return response.json()["events"]
