"""In-process caches: access tokens per scope, gateway answers, a TTL map."""
import threading
import time

from . import auth, net


class TokenCache:
    """Access tokens per (tenant, scope); a token is reused while the provider's expires_in has not run out."""

    def __init__(self):
        self.tokens = {}
        self.fetches = 0

    def get(self, tenant="main", scope="pilots:read"):
        key = (tenant, scope)
        if key not in self.tokens:
            self.fetches += 1
            self.tokens[key] = (auth.fetch_token(tenant, scope), time.time() + 600)
        token, _expires = self.tokens[key]
        return token


class AnswerCache:
    """Gateway answers by URL, for max_age seconds."""

    def __init__(self, max_age=30):
        self.max_age = max_age
        self.answers = {}

    def get(self, url):
        hit = self.answers.get(url)
        if hit and time.monotonic() - hit[1] < self.max_age:
            return hit[0]
        try:
            value = net.get_json(url)
        except Exception as error:  # a failed answer is remembered too, so a dead gateway is not hammered
            value = error
        self.answers[url] = (value, time.monotonic())
        if isinstance(value, Exception):
            raise value
        return value


class TTLMap:
    def __init__(self, ttl):
        self.ttl = ttl
        self.items = {}
        self.lock = threading.Lock()

    def put(self, key, value):
        with self.lock:
            self.items[key] = (value, time.monotonic() + self.ttl)

    def get(self, key):
        with self.lock:
            value, until = self.items.get(key, (None, 0))
            return value if time.monotonic() < until else None


def header_key(headers):
    """The cache key for a request: its Authorization header's token."""
    return headers.get("Authorization", "")
