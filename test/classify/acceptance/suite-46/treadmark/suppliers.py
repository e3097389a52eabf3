"""The tyre supplier's API (httpx), the wholesaler's stock (requests with tenacity) and the fitting price list."""
import httpx
import requests
import tenacity

from treadmark import settings


def supplier_client(base=None, timeout=1.0, verify=True):
    return httpx.Client(base_url=base or settings.SUPPLIER_URL, timeout=timeout, verify=verify)


def stock_level(sku, base=None, timeout=1.0):
    with supplier_client(base, timeout) as client:
        response = client.get(f"/stock/{sku}")
        response.raise_for_status()
        return response.json()["level"]


def order_url(base, sku):
    return base + f":{sku}/orders"


def place_order(base, sku, quantity):
    response = httpx.post(order_url(base, sku), json={"quantity": quantity}, timeout=1.0)
    response.raise_for_status()
    return response.json()


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05),
                retry=tenacity.retry_if_exception_type(requests.HTTPError))
def wholesale_stock(sku, base=None):
    session = requests.Session()
    response = session.get(f"{base or settings.WHOLESALER_URL}/stock/{sku}", timeout=1.0)
    response.raise_for_status()
    return response.json()


def wholesale_price(sku, base=None):
    response = requests.get(f"{base or settings.WHOLESALER_URL}/price/{sku}", timeout=1.0)
    response.raise_for_status()
    return response.json()["pence"]


def price_list(base=None):
    with httpx.Client(base_url=base or settings.SUPPLIER_URL, timeout=1.0) as client:
        response = client.get("/prices")
        response.raise_for_status()
        return response.json()
