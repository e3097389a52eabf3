"""tidemark's HTTP client: urllib with retries and backoff, a circuit breaker, idempotency keys."""
import email.utils
import hashlib
import http.client
import json
import random
import socket
import ssl
import time
import urllib.error
import urllib.request
from urllib.request import urlopen

from .settings import ROOT, settings

RETRYABLE = {502, 503, 504}


class RetriesExhausted(Exception):
    pass


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = 0

    def check(self, url):
        if self.failures >= self.threshold:
            raise CircuitOpen(f"circuit open after {self.failures} failures; not calling {url}")

    def record(self, ok):
        self.failures = 0 if ok else self.failures + 1


breaker = Breaker(settings["http"]["breaker_threshold"])


def backoff(attempt, base=None, cap=1.0):
    base = settings["http"]["backoff"] if base is None else base
    delay = base * 2 ** attempt
    return min(cap, delay) + random.uniform(0, base * 4)


def retry_after(value):
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if value.isdigit():
        return int(value)
    when = email.utils.parsedate_to_datetime(value)
    return max(0.0, when.timestamp() - time.time())


def request(method, url, body=None, headers=None, timeout=None, context=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    return urlopen(req, timeout=timeout or settings["http"]["timeout"], context=context)


def get_json(url, **kwargs):
    with request("GET", url, **kwargs) as resp:
        kind = resp.headers.get("Content-Type", "")
        if kind.split(";")[0].strip() != "application/json":
            raise ValueError(f"expected application/json from {url}, got {kind!r}")
        return json.loads(resp.read())


def call_with_retries(method, url, body=None, retries=None):
    retries = settings["http"]["retries"] if retries is None else retries
    for attempt in range(retries + 1):
        try:
            with request(method, url, body) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as error:
            if error.code not in RETRYABLE:
                raise
            last = error
            time.sleep(backoff(attempt))
    raise RetriesExhausted(f"{method} {url}: {retries + 1} attempts, last {last.code} {last.reason}") from last


def call_guarded(url):
    breaker.check(url)
    try:
        result = get_json(url)
    except (urllib.error.URLError, OSError):
        breaker.record(False)
        raise
    breaker.record(True)
    return result


def idempotency_key(pilot, day):
    return hashlib.sha256(f"{pilot}:{day}".encode()).hexdigest()[:24]


def book(url, pilot, day, vessel):
    headers = {"Idempotency-Key": idempotency_key(pilot, day)}
    with request("POST", url, {"pilot": pilot, "day": day, "vessel": vessel}, headers) as resp:
        return json.loads(resp.read())


def wait_hint(url):
    """Ask url; on 429 return the seconds its Retry-After asks for."""
    try:
        request("GET", url).close()
    except urllib.error.HTTPError as error:
        headers = dict(error.headers.items())
        return retry_after(headers["retry-after"])
    return 0.0


def tls_context():
    return ssl.create_default_context(cafile=str(ROOT / "config" / "ca.pem"))


def raw_get(host, port, path, timeout=None):
    """A GET over a plain socket through http.client, reading the whole body."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout or settings["http"]["timeout"])
    conn.request("GET", path)
    resp = conn.getresponse()
    try:
        return resp.status, resp.read()
    finally:
        conn.close()


def open_stream(url):
    """The response left open for the caller to read in pieces."""
    return request("GET", url)


def probe(host, port, timeout=0.5):
    with socket.create_connection((host, port), timeout=timeout):
        return True
