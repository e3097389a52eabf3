"""Carriers: rate quotes, tracking, the EDI host, and the quote cache."""
import json
import ssl
import urllib.request

import cachetools
import dns.resolver
import httplib2
from OpenSSL import crypto
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from binwise import settings


class CarrierError(Exception):
    pass


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.2), retry=retry_if_exception_type(OSError))
def fetch_rates(postcode, base=None):
    url = f"{base or settings.CARRIER_URL}/v2/rates?postcode={postcode.replace(' ', '')}"
    with urllib.request.urlopen(url, timeout=2) as response:
        return json.load(response)


def fetch_quote(parcel):
    request = urllib.request.Request(
        f"{settings.CARRIER_URL}/v2/quote", data=json.dumps(parcel).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=2) as response:
        return json.load(response)


def track(base, consignment):
    with urllib.request.urlopen(f"{base}/track/{consignment}", timeout=2) as response:
        kind, body = response.headers.get("Content-Type", ""), response.read()
    try:
        return json.loads(body)
    except json.JSONDecodeError as error:
        raise CarrierError(f"tracking answered {kind!r}, not JSON: {body[:80]!r}") from error


def fetch_manifest_status(base, manifest):
    http = httplib2.Http(timeout=2)
    response, content = http.request(f"{base}/manifests/{manifest}", "GET")
    return response.status, json.loads(content)


def edi_addresses(port, host=None):
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [settings.NAMESERVER]
    resolver.port = port
    resolver.lifetime = 2
    return [answer.address for answer in resolver.resolve(host or settings.EDI_HOST, "A")]


def client_certificate(path=None):
    with open(path or settings.CARRIER_CLIENT_CERT, "rb") as handle:
        cert = crypto.load_certificate(crypto.FILETYPE_PEM, handle.read())
    return cert.get_subject().CN


def tls_context(cert_cn):
    context = ssl.create_default_context()
    context.set_alpn_protocols(["http/1.1"])
    return context, cert_cn


class QuoteCache:
    def __init__(self, ttl=30):
        self._cache = cachetools.TTLCache(maxsize=256, ttl=ttl)

    def put(self, postcode, quote):
        self._cache[postcode] = quote

    def get(self, postcode):
        return self._cache.get(postcode)
