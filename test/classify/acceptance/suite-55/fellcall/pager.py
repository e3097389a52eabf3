"""Alerts to team members through the pager gateway."""
import requests

from fellcall import settings


def page(members, message):
    response = requests.post(f"{settings.PAGER_URL}/v2/alerts", json={"to": members, "text": message},
                             headers={"X-Api-Key": settings.PAGER_API_KEY}, timeout=2)
    response.raise_for_status()
    return response.json()["alert_id"]
