"""The exchange link: length-prefixed JSON frames over asyncio streams (TLS in production), win notices over HTTP."""
import asyncio
import base64
import json
import ssl
import struct
import urllib.error
import urllib.request

from circuitbreaker import circuit

from bidlark import settings


async def _open(host, port, tls=None, server_hostname=None):
    return await asyncio.wait_for(
        asyncio.open_connection(host, port, ssl=tls, server_hostname=server_hostname if tls else None),
        timeout=settings.NETWORK_TIMEOUT,
    )


async def send_bid(response, host=None, port=None, tls=None, server_hostname=None):
    """Sends one bid response frame and returns the exchange's acknowledgement frame."""
    host = host or settings.EXCHANGE[0]
    port = port or settings.EXCHANGE[1]
    reader, writer = await _open(host, port, tls, server_hostname)
    try:
        body = json.dumps(response).encode()
        writer.write(struct.pack(">I", len(body)) + body)
        await writer.drain()
        header = await asyncio.wait_for(reader.readexactly(4), timeout=settings.NETWORK_TIMEOUT)
        (length,) = struct.unpack(">I", header)
        return json.loads(await reader.readexactly(length))
    finally:
        writer.close()


def tls_context(cafile):
    context = ssl.create_default_context(cafile=cafile)
    context.check_hostname = True
    return context


def login(url):
    token = base64.b64encode(settings.EXCHANGE_LOGIN.encode()).decode()
    request = urllib.request.Request(url, headers={"Authorization": f"Basic {token}"}, method="POST", data=b"")
    with urllib.request.urlopen(request, timeout=settings.NETWORK_TIMEOUT) as response:
        return json.load(response)["session"]


def fetch_deals(url=None):
    with urllib.request.urlopen(url or settings.SSP_URL, timeout=settings.NETWORK_TIMEOUT) as response:
        return json.load(response)["deals"]


@circuit(failure_threshold=2, recovery_timeout=60, expected_exception=OSError)
def post_notice(url, notice):
    request = urllib.request.Request(url, data=json.dumps(notice).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=settings.NETWORK_TIMEOUT) as response:
        return response.status


def deliver(url, notice, attempts=3):
    """Posts a win notice, retrying when the tracker cannot be reached."""
    for attempt in range(attempts):
        try:
            return post_notice(url, notice)
        except urllib.error.URLError:
            if attempt == attempts - 1:
                raise
    return None
