"""The odds providers' feeds: HTTP snapshots, a push stream over asyncio, the mirror."""
import asyncio
import http.client
import json
import socket
import ssl
import struct
import subprocess
import urllib.request

import requests
import simplejson
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from oddsmill import settings


def _session(retries=0):
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.05, status_forcelist=[502, 503, 504], allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def fetch_prices(sport, base=None, timeout=2.0, retries=0):
    response = _session(retries).get(f"{base or settings.FEED_URL}/v2/prices/{sport}", timeout=timeout)
    response.raise_for_status()
    return simplejson.loads(response.text)


def fetch_fixtures(base, timeout=2.0):
    connection = http.client.HTTPConnection(base.split("//")[1], timeout=timeout)
    connection.request("GET", "/v2/fixtures")
    return json.loads(connection.getresponse().read())


def mirror_address(port=443):
    return socket.getaddrinfo(settings.MIRROR_HOST, port, type=socket.SOCK_STREAM)[0][4]


async def _read_frame(host, port, market):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(json.dumps({"subscribe": market}).encode() + b"\n")
        await writer.drain()
        size = struct.unpack(">I", await reader.readexactly(4))[0]
        return json.loads(await reader.readexactly(size))
    finally:
        writer.close()


def next_frame(host, port, market, timeout=0.5):
    async def run():
        return await asyncio.wait_for(_read_frame(host, port, market), timeout)

    return asyncio.run(run())


def tls_hello(host, port, cafile):
    context = ssl.create_default_context(cafile=cafile)
    with socket.create_connection((host, port), timeout=2) as raw:
        with context.wrap_socket(raw, server_hostname=settings.FEED_TLS_NAME) as tls:
            return tls.version()


def settle_ping():
    with urllib.request.urlopen(f"{settings.SETTLE_URL}/health", timeout=2) as response:
        return response.status


def provider_revision(repo):
    out = subprocess.run(["git", "ls-remote", repo, "HEAD"], capture_output=True, text=True, check=True, timeout=5)
    return out.stdout.split()[0]
