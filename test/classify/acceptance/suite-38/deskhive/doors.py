"""Door controllers (httpx), the print service's quota API (requests with tenacity) and the badge printer."""
import httpx
import requests
import tenacity

from deskhive import settings


class QuotaExceeded(Exception):
    pass


def unlock(door, base=None, timeout=1.0):
    with httpx.Client(base_url=base or settings.DOORS_URL, timeout=timeout) as client:
        response = client.post(f"/doors/{door}/unlock", json={"seconds": 5})
        response.raise_for_status()
        return response.json()


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05),
                retry=tenacity.retry_if_exception_type(requests.HTTPError))
def print_quota(member, base=None):
    response = requests.get(f"{base or settings.PRINT_URL}/quota/{member}", timeout=1.0)
    response.raise_for_status()
    return response.json()["pages_left"]


def badge_printer_status():
    return requests.get(f"http://{settings.BADGE_HOST}/status", timeout=1.0).json()


class PrintQuota:
    def __init__(self, pages):
        self.pages = pages

    def take(self, pages):
        if pages > self.pages:
            raise QuotaExceeded(f"{pages} pages asked, {self.pages} left this month")
        self.pages -= pages
