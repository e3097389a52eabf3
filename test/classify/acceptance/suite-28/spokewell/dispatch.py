"""Rebalancing truck jobs at the dispatch service, with retries (retrying)."""
import requests
from retrying import retry

from spokewell import settings


def _server_error(response):
    return response.status_code >= 500


@retry(stop_max_attempt_number=3, wait_fixed=50, retry_on_result=_server_error)
def _post(url, payload, timeout):
    return requests.post(url, json=payload, timeout=timeout)


def dispatch_truck(from_dock, to_dock, bikes, base_url=None, timeout=2):
    payload = {"from_dock": str(from_dock), "to_dock": str(to_dock), "bikes": bikes}
    response = _post(f"{base_url or settings.DISPATCH_URL}/jobs", payload, timeout)
    response.raise_for_status()
    return response.json()["job_id"]


def job_status(job_id, base_url=None, timeout=2):
    response = _post(f"{base_url or settings.DISPATCH_URL}/jobs/{job_id}/status", {}, timeout)
    response.raise_for_status()
    return response.json()["status"]
