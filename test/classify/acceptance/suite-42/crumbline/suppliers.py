"""The mill's flour API (httpx), the courier partner's deliveries (requests with tenacity), the outbound proxy and
the ovens' controller host."""
import socket

import httpx
import requests
import tenacity

from crumbline import settings


def flour_stock(grade, base=None, timeout=1.0):
    with httpx.Client(base_url=base or settings.MILL_URL, timeout=timeout) as client:
        response = client.get(f"/stock/{grade}")
        response.raise_for_status()
        return response.json()


def sacks_available(grade, base=None):
    return flour_stock(grade, base)["sacks"]


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05),
                retry=tenacity.retry_if_exception_type(requests.HTTPError))
def book_courier(order, base=None):
    response = requests.post(f"{base or settings.COURIER_URL}/deliveries", json={"order": order}, timeout=1.0)
    response.raise_for_status()
    return response.json()["delivery"]


def delivery_status(delivery, base=None):
    response = requests.get(f"{base or settings.COURIER_URL}/deliveries/{delivery}", timeout=1.0)
    return response.json()["status"]


def via_proxy(url, proxy=None):
    proxy = proxy or settings.OUTBOUND_PROXY
    return requests.get(url, proxies={"http": proxy, "https": proxy}, timeout=1.0).status_code


def oven_controller(path="/status"):
    return requests.get(f"http://{settings.OVEN_HOST}:8080{path}", timeout=1.0).json()


def oven_controller_address():
    return socket.getaddrinfo(settings.OVEN_HOST, 8080, proto=socket.IPPROTO_TCP)[0][4]
