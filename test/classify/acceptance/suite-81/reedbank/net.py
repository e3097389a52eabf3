"""Peers over HTTP: the stock service, the carrier, webhooks; retries and backoff."""
import asyncio
import json
import urllib.parse

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry


def retrying_session(total=3):
    retry = Retry(total=total, backoff_factor=0.2, status_forcelist=(502, 503, 504), method_whitelist=frozenset({"GET", "PUT"}))
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def plain_session():
    return requests.Session()


def stock_level(base_url, species, session=None):
    session = session or plain_session()
    answer = session.get(f"{base_url}/stock/{urllib.parse.quote(species)}", timeout=3)
    answer.raise_for_status()
    return answer.json()["bundles"]


def carrier_quote(base_url, weight_kg, postcode):
    answer = requests.post(f"{base_url}/quotes", json={"weight_kg": weight_kg, "postcode": postcode}, timeout=3)
    answer.raise_for_status()
    return answer.json()


def content_type(header):
    import cgi
    value, params = cgi.parse_header(header)
    return value, params


def backoff_schedule(attempts, base=0.5, cap=8.0):
    return [min(cap, base * 2 ** n) for n in range(1, attempts)]


async def fetch_with_backoff(fetch, attempts=3, base=0.01):
    loop = asyncio.get_running_loop()
    for attempt in range(attempts):
        try:
            return await fetch()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(base * 2 ** attempt, loop=loop)
    return None


def webhook_body(event, payload):
    return json.dumps({"event": event, "data": payload}, sort_keys=True, separators=(",", ":")).encode()


def join_url(base, path):
    return base.rstrip("/") + "/" + path.lstrip("/")


def parse_link_header(value):
    links = {}
    for part in value.split(","):
        url, _, rel = part.partition(";")
        links[rel.strip().removeprefix('rel="').rstrip('"')] = url.strip().strip("<>")
    return links
