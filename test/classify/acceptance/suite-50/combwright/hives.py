"""Hive telemetry from the apiaries' gateway (requests with urllib3 retries, httpx, urllib)."""
import json
import urllib.request

import httpx
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from combwright import settings


def session():
    s = requests.Session()
    s.mount("http://", HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0.05, status_forcelist=(502, 503))))
    return s


def hive_weight(hive, base=None):
    response = session().get(f"{base or settings.GATEWAY_URL}/hives/{hive}/weight", timeout=2)
    response.raise_for_status()
    return response.json()["kg"]


def apiary_temperatures(apiary, base=None):
    response = httpx.get(f"{base or settings.GATEWAY_URL}/apiaries/{apiary}/temperatures", timeout=2)
    response.raise_for_status()
    return response.json()


def gateway_status(base=None):
    with urllib.request.urlopen(f"{base or settings.GATEWAY_URL}/status", timeout=2) as answer:
        return json.load(answer)
