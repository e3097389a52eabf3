"""The hotels' API (requests, urllib3 retries), the route planner (httpx) and the collection window service."""
import socket
import urllib.request

import httpx
import requests
from requests.adapters import HTTPAdapter
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed
from urllib3.util.retry import Retry

from rinsewell import settings


def hotel_session():
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0, status_forcelist=[502, 503])))
    return session


def hotel_rooms(hotel, base=None, timeout=1.0):
    response = hotel_session().get(f"{base or settings.HOTELS_URL}/hotels/{hotel}/rooms", timeout=timeout)
    response.raise_for_status()
    return response.json()


def plan(stops, base=None, timeout=0.5):
    response = httpx.post(f"{base or settings.ROUTES_URL}/plan", json={"stops": stops}, timeout=timeout)
    response.raise_for_status()
    return response.json()["order"]


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0), retry=retry_if_exception_type(requests.HTTPError))
def collection_window(hotel, base=None):
    response = requests.get(f"{base or settings.HOTELS_URL}/hotels/{hotel}/window", timeout=1.0)
    response.raise_for_status()
    return response.json()


def dock_status(base=None):
    with urllib.request.urlopen(f"{base or settings.ROUTES_URL}/docks", timeout=1.0) as response:
        return response.read()


def van_gateway(host="vans.rinsewell.internal", port=9100):
    return socket.create_connection((host, port), timeout=1.0)


def drop_count(hotel, base):
    body = requests.get(f"{base}/hotels/{hotel}/drops", timeout=1.0).json()
    return body["drops"]["count"]
