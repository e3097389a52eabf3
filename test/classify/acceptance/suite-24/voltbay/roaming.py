"""The roaming hub (OCPI over HTTP, urllib) and the grid operator's load signals."""

import http.client
import json
import ssl
import urllib.request

from voltbay import settings


def _get(url: str, context=None):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=settings.HTTP_TIMEOUT, context=context) as response:
        return json.load(response)


def locations(base: str | None = None) -> list:
    return _get(f"{base or settings.ROAMING_URL}/locations")["data"]


def push_session(session: dict, base: str | None = None) -> dict:
    body = json.dumps(session).encode()
    request = urllib.request.Request(
        f"{base or settings.ROAMING_URL}/sessions/{session['id']}",
        data=body,
        method="PUT",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=settings.HTTP_TIMEOUT) as response:
        return json.load(response)


def mirror_locations() -> list:
    return _get(f"{settings.ROAMING_MIRROR_URL}/locations")["data"]


def grid_limit_kw(site: str) -> float:
    return float(_get(f"{settings.GRID_URL}/sites/{site}/limit")["limit_kw"])


def tariffs_tls(host: str, port: int) -> list:
    context = ssl.create_default_context()
    connection = http.client.HTTPSConnection(host, port, timeout=settings.HTTP_TIMEOUT, context=context)
    connection.request("GET", "/v1/tariffs")
    response = connection.getresponse()
    return json.loads(response.read())
