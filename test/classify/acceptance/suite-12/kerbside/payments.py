"""The payment provider's API (authorise, capture, refund) through httpx."""
import httpx

from . import settings


def _client(base_url=None):
    return httpx.Client(base_url=base_url or settings.PAYMENTS_URL, timeout=settings.HTTP_TIMEOUT)


def authorise(member_id, cents, base_url=None):
    with _client(base_url) as client:
        response = client.post("/v2/authorisations", json={"member": member_id, "amount": cents, "currency": "AUD"})
        response.raise_for_status()
        return response.json()["authorisation_id"]


def capture(authorisation_id, cents, base_url=None):
    with _client(base_url) as client:
        response = client.post(f"/v2/authorisations/{authorisation_id}/capture", json={"amount": cents})
        response.raise_for_status()
        return response.json()


def refund(charge_id, cents, base_url=None):
    with _client(base_url) as client:
        response = client.post(f"/v2/charges/{charge_id}/refunds", json={"amount": cents})
        response.raise_for_status()
        return response.json()
