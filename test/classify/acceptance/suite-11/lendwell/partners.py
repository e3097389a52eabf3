"""Interlibrary loans through the consortium's gateway, and covers from the cover service."""

import requests
from tornado.httpclient import AsyncHTTPClient


def request_ill(settings, isbn, card):
    response = requests.post(f"{settings.ill_url}/requests", json={"isbn": isbn, "patron": card}, timeout=settings.http_timeout)
    response.raise_for_status()
    return response.json()["request_id"]


async def cover(settings, isbn):
    response = await AsyncHTTPClient().fetch(f"{settings.covers_url}/covers/{isbn}.jpg", request_timeout=2)
    return response.body
