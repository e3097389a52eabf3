"""The telematics gateway: unlock and lock commands, live status of a vehicle."""
import httpx

from . import settings


def status(base_url, vehicle_id):
    response = httpx.get(f"{base_url}/vehicles/{vehicle_id}/status", timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()


def unlock(base_url, vehicle_id, member_id):
    response = httpx.post(
        f"{base_url}/vehicles/{vehicle_id}/commands", json={"command": "unlock", "member": member_id},
        timeout=settings.HTTP_TIMEOUT,
    )
    response.raise_for_status()
    return response.json()


def partner_availability(base_url, zone):
    """A partner fleet's vehicles in a zone (shown beside ours)."""
    response = httpx.get(f"{base_url}/api/availability", params={"zone": zone}, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()
    return response.json()["vehicles"]
