"""A small JSON-over-HTTP client on httpcore, shared by the ledger, the bank and the FX client."""
import ssl

import httpcore
import rapidjson
from yarl import URL

from tallyhouse import settings


class UpstreamError(Exception):
    def __init__(self, status, body):
        super().__init__(f"{status} {body[:120]!r}")
        self.status = status
        self.body = body


def _pool(proxy=None, ssl_context=None):
    if proxy:
        return httpcore.HTTPProxy(proxy_url=proxy, ssl_context=ssl_context)
    return httpcore.ConnectionPool(ssl_context=ssl_context, max_connections=4)


def call(method, url, payload=None, *, proxy=None, ssl_context=None, headers=None, timeout=None):
    url = URL(url)
    body = rapidjson.dumps(payload).encode() if payload is not None else b""
    timeout = timeout or settings.HTTP_TIMEOUT
    with _pool(proxy, ssl_context) as pool:
        response = pool.request(
            method,
            str(url),
            headers={"Content-Type": "application/json", **(headers or {})},
            content=body,
            extensions={"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}},
        )
    if response.status >= 400:
        raise UpstreamError(response.status, response.content.decode("utf-8", "replace"))
    return rapidjson.loads(response.content) if response.content else None


def tls_context(cafile=None):
    context = ssl.create_default_context(cafile=cafile)
    return context
