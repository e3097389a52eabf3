"""The city's residents' permit registry (httpx) and its bulk export."""
import httpx

from baywarden import settings


def permit(plate, base=None, timeout=None):
    timeout = timeout or httpx.Timeout(2.0, connect=0.5)
    with httpx.Client(base_url=base or settings.REGISTRY_URL, timeout=timeout) as client:
        response = client.get(f"/permits/{plate}")
        response.raise_for_status()
        return response.json()


def zone_of(plate, base=None):
    return permit(plate, base)["zone"]
