"""The alert fan-out: each subscriber gets the event's bulletin by HTTP POST."""

import requests

from tremorline import settings


def bulletin(event):
    return {"event": str(event["id"]), "magnitude": f"{event['magnitude']:.1f}",
            "lat": f"{event['lat']:.3f}", "lon": f"{event['lon']:.3f}"}


def deliver(subscriber, event):
    url = settings.SUBSCRIBERS[subscriber]
    verify = settings.SUBSCRIBER_CA if url.startswith("https:") else True
    response = requests.post(url, data=bulletin(event), timeout=settings.ALERT_TIMEOUT, verify=verify)
    response.raise_for_status()
    return response.json()
