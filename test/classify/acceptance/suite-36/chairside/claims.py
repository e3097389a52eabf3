"""Insurance claims: submitted to the insurers' clearing house over httpx."""
import httpx
from tenacity import retry, stop_after_attempt, wait_fixed

from chairside import settings


class ClaimRejected(Exception):
    pass


def submit(claim, base=None, timeout=1.0):
    with httpx.Client(base_url=base or settings.CLAIMS_URL, timeout=timeout) as client:
        response = client.post("/claims", json=claim)
        response.raise_for_status()
        return response.json()


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.05), reraise=False)
def submit_with_retries(claim, base=None):
    return submit(claim, base=base)


def status(claim_id, base=None, timeout=1.0):
    with httpx.Client(base_url=base or settings.CLAIMS_URL, timeout=timeout) as client:
        response = client.get(f"/claims/{claim_id}")
        response.raise_for_status()
        return response.json()["status"]
