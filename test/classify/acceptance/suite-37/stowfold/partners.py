"""The gate controller, the camera feed, the payment provider and the insurer: the sites' outside calls."""
import json
import socket
import urllib.request

import httpx
import requests
import tenacity

from . import settings


class PaymentDeclined(Exception):
    pass


def open_gate(site, code, base_url=None):
    response = httpx.post(f"{base_url or settings.GATE_CONTROLLER_URL}/sites/{site}/open", json={"code": code}, timeout=1.0)
    response.raise_for_status()
    return response.json()


def camera_snapshot(camera):
    with urllib.request.urlopen(f"{settings.CAMERA_FEED_URL}/cameras/{camera}/snapshot", timeout=1) as answer:
        return answer.read()


def insurer_reachable():
    """A health check: the insurer's host resolves and answers on 443."""
    address = socket.getaddrinfo(settings.INSURER_HOST, 443, type=socket.SOCK_STREAM)[0][4]
    with socket.create_connection(address, timeout=1):
        return True


def charge(unit, pence, base_url=None, timeout=None):
    response = httpx.post(
        f"{base_url or settings.PAYMENTS_URL}/charges",
        json={"unit": unit, "pence": pence},
        timeout=timeout or settings.PAYMENTS_TIMEOUT,
        verify=settings.CA_BUNDLE or True,
    )
    response.raise_for_status()
    return response.json()


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05), retry=tenacity.retry_if_exception_type(httpx.HTTPStatusError))
def charge_with_retry(unit, pence, base_url=None):
    return charge(unit, pence, base_url=base_url)


def refund(ref, base_url):
    response = requests.post(f"{base_url}/refunds", json={"ref": ref}, timeout=1.0, verify=settings.CA_BUNDLE or True)
    response.raise_for_status()
    return response.json()


def card_status(card, base_url):
    response = requests.get(f"{base_url}/cards/{card}", timeout=1.0)
    return response.json()


def send_sms(number, text, base_url):
    if not settings.SMS_API_KEY:
        raise RuntimeError("SMS API key is not set (STOWFOLD_SMS_API_KEY)")
    return requests.post(f"{base_url}/sms", json={"to": number, "text": text}, timeout=1.0)


def insurer_quote(value_pence, base_url):
    """Contents cover for a unit, through urllib (the insurer's SDK is not packaged)."""
    request = urllib.request.Request(f"{base_url}/quote", data=json.dumps({"value": value_pence}).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=1) as answer:
        return json.load(answer)
