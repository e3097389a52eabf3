"""Water-butt and trough sensors, read through the sensor gateway (httpx, with tenacity retries)."""
import httpx
import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from hedgerow import settings


class GatewayClient:
    def __init__(self, base_url=None, timeout=1.0):
        self.base_url = base_url or settings.SENSORS_URL
        self.http = httpx.Client(base_url=self.base_url, timeout=timeout)

    def levels(self, site):
        response = self.http.get(f"/v1/sites/{site}/levels")
        response.raise_for_status()
        return response.json()["levels"]

    @retry(stop=stop_after_attempt(3), wait=wait_fixed(0.05), retry=retry_if_exception_type(httpx.HTTPStatusError))
    def levels_retrying(self, site):
        return self.levels(site)


def levels_by_host(site, host=None, timeout=1.0):
    response = requests.get(f"http://{host or settings.SENSORS_HOST}:8080/v1/sites/{site}/levels", timeout=timeout)
    response.raise_for_status()
    return response.json()["levels"]


def levels_requests(base_url, site, timeout=1.0):
    response = requests.get(f"{base_url}/v1/sites/{site}/levels", timeout=timeout)
    response.raise_for_status()
    return response.json()["levels"]


def lowest_butt(levels):
    return min(levels, key=lambda item: item["litres"])
