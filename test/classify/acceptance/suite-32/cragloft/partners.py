"""Reciprocal memberships with partner walls, over their HTTP API."""
import requests

from cragloft import settings


def member_status(member, base=None):
    answer = requests.get(f"{base or settings.PARTNER_URL}/members/{member}", timeout=settings.PARTNER_TIMEOUT)
    answer.raise_for_status()
    return answer.json()


def register_visit(member, wall, base=None):
    answer = requests.post(f"{base or settings.PARTNER_URL}/visits", json={"member": member, "wall": wall},
                           timeout=settings.PARTNER_TIMEOUT)
    answer.raise_for_status()
    return answer.json()


def registry():
    answer = requests.get(f"{settings.PARTNER_REGISTRY_URL}/walls", timeout=settings.PARTNER_TIMEOUT)
    return answer.json()
