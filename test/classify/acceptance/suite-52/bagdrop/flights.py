"""The airport's flight information API: arrivals, stands and delays."""
import requests

from . import settings


def arrival(flight, base=None):
    answer = requests.get(f"{base or settings.FLIGHTS_URL}/arrivals/{flight}", timeout=settings.FLIGHTS_TIMEOUT)
    answer.raise_for_status()
    return answer.json()


def scanner_status(scanner):
    answer = requests.get(f"http://{settings.SCANNER_HOST}/scanners/{scanner}", timeout=1)
    answer.raise_for_status()
    return answer.json()


def delay_minutes(flight, base=None):
    found = arrival(flight, base)
    return found["estimated"] - found["scheduled"]
