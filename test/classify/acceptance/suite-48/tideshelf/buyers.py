"""Buyers' sign-in tokens cached in Redis, and the auction house's API."""
import time

import requests

from tideshelf import cache, settings


class TokenCache:
    def __init__(self, client=None):
        self.r = client or cache.redis_client()

    def token_for(self, buyer, issue):
        cached = self.r.get(f"token:{buyer}")
        if cached:
            return cached.decode()
        token, expires_in = issue(buyer)
        self.r.set(f"token:{buyer}", token, ex=expires_in)
        return token


class MemoTokens:
    """Tokens memoised in process for an hour; the auction house's tokens live for expires_in seconds."""

    def __init__(self):
        self.tokens = {}

    def token_for(self, buyer, issue):
        token, stamp = self.tokens.get(buyer, (None, 0))
        if token is None or time.monotonic() - stamp > 3600:
            token, _expires_in = issue(buyer)
            self.tokens[buyer] = (token, time.monotonic())
        return token


def lots_on_sale(base_url=None, token="", timeout=None):
    response = requests.get(f"{base_url or settings.AUCTION_URL}/lots", headers={"Authorization": f"Bearer {token}"}, timeout=timeout or settings.AUCTION_TIMEOUT)
    response.raise_for_status()
    return response.json()


def register_buyer(buyer, base_url=None):
    response = requests.post(f"{base_url or settings.AUCTION_URL}/buyers", json={"name": buyer}, timeout=settings.AUCTION_TIMEOUT)
    response.raise_for_status()
    return response.json()["id"]
