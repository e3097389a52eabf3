"""Shipment status updates to the carriers' APIs (requests, retried with backoff)."""
import uuid

import backoff
import requests

from coldtrail import settings


def _giveup(exc):
    response = getattr(exc, "response", None)
    return response is not None and response.status_code < 500


@backoff.on_exception(backoff.constant, requests.RequestException, max_tries=3, interval=0.05, giveup=_giveup)
def post_status(base_url, shipment_id, status, idempotency_key=None, session=None, via_proxy=False):
    session = session or requests.Session()
    proxies = {"http": settings.EGRESS_PROXY, "https": settings.EGRESS_PROXY} if via_proxy else None
    response = session.post(f"{base_url}/v2/shipments/{shipment_id}/status", json={"status": status},
                            headers={"Idempotency-Key": idempotency_key or str(uuid.uuid4())},
                            proxies=proxies, timeout=1.0)
    response.raise_for_status()
    return response.json()


def register_schema(registry_url, subject, schema):
    response = requests.post(f"{registry_url}/subjects/{subject}/versions", json={"schema": schema}, timeout=1.0)
    response.raise_for_status()
    return response.json()["id"]
