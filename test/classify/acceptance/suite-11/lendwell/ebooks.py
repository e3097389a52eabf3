"""E-book licences from the vendor's lending API (requests, retried with tenacity)."""

import requests
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_fixed


def _unavailable(error):
    return isinstance(error, requests.HTTPError) and error.response.status_code in (502, 503, 504)


class Vendor:
    def __init__(self, base_url, timeout=1.0):
        self.base_url = base_url
        self.timeout = timeout
        self.http = requests.Session()

    def availability(self, isbn):
        response = self.http.get(f"{self.base_url}/titles/{isbn}/availability", timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    @retry(retry=retry_if_exception(_unavailable), stop=stop_after_attempt(3), wait=wait_fixed(0.1))
    def checkout(self, isbn, card):
        response = self.http.post(
            f"{self.base_url}/titles/{isbn}/checkouts", json={"patron": card}, timeout=self.timeout
        )
        response.raise_for_status()
        return response.json()

    def return_early(self, loan_id):
        response = self.http.post(f"{self.base_url}/checkouts/{loan_id}/return", timeout=self.timeout)
        response.raise_for_status()
        return response.status_code
