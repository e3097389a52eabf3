"""Notifications to the networks and apps that subscribed to a show, through the outbound SOCKS proxy."""
import requests

from podstead import settings


def notify(url, event, proxy=True):
    proxies = {"http": settings.WEBHOOK_PROXY, "https": settings.WEBHOOK_PROXY} if proxy else None
    response = requests.post(url, json=event, proxies=proxies, timeout=2)
    response.raise_for_status()
    return response.status_code
