"""Sky-event partners (other observatories' alert feeds) over requests, retried by a wrapt decorator."""
import time

import requests
import wrapt

from starwick import settings


class PartnerError(Exception):
    pass


def retried(attempts=3, pause=0.05, on=(requests.ConnectionError,)):
    @wrapt.decorator
    def wrapper(wrapped, instance, args, kwargs):
        for attempt in range(attempts):
            try:
                return wrapped(*args, **kwargs)
            except on:
                if attempt == attempts - 1:
                    raise
                time.sleep(pause)
        return None

    return wrapper


@retried(on=(PartnerError,))
def fetch_events(base=None, timeout=2):
    response = requests.get((base or settings.PARTNER_URL) + "events", headers={"X-Key": settings.PARTNER_KEY}, timeout=timeout)
    if response.status_code in (429, 503):
        raise PartnerError(f"partner feed answered {response.status_code} {response.reason}")
    response.raise_for_status()
    return response.json()["events"]


def visible_events(events, min_altitude=10):
    return [e for e in events if e["altitude"] > min_altitude]
