import base64
import hashlib
import hmac
import json
import os
import time
from collections import defaultdict
from datetime import timedelta

import requests


class TokenError(Exception):
    pass


def signing_key():
    return os.environ["BERTHLINE_SIGNING_KEY"].encode()


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def _unb64(data):
    return base64.urlsafe_b64decode(data + b"=" * (-len(data) % 4))


def token_ttl(settings):
    # minutes in the first release; the setting is in seconds since 3.0
    return settings["auth"]["token_ttl_seconds"] * 60


def leeway(settings):
    return timedelta(seconds=settings["auth"]["token_leeway"])


def issue(subject, key, ttl, now=None):
    now = int(time.time() if now is None else now)
    body = _b64(json.dumps({"sub": subject, "iat": now, "exp": now + ttl}).encode())
    signature = _b64(hmac.new(key, body, hashlib.sha256).digest())
    return (body + b"." + signature).decode()


def verify(token, key, now=None, skew=timedelta(0)):
    body, signature = token.encode().split(b".")
    expected = _b64(hmac.new(key, body, hashlib.sha256).digest())
    if not hmac.compare_digest(signature, expected):
        raise TokenError("bad signature")
    claims = json.loads(_unb64(body))
    now = time.time() if now is None else now
    if now > claims["exp"] + skew.total_seconds():
        raise TokenError("token expired")
    return claims


def hash_password(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 20_000).hex()


def check_password(stored, salt, candidate):
    return hmac.compare_digest(bytes.fromhex(stored), hash_password(candidate, salt))


class Lockout:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = defaultdict(int)

    def fail(self, user):
        self.failures[user] += 1

    def is_locked(self, user):
        return self.failures[user] > self.threshold


class IdentityProvider:
    def __init__(self, base_url, timeout=2.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()

    def jwks(self):
        response = self.session.get(f"{self.base_url}/.well-known/jwks.json", timeout=self.timeout)
        response.raise_for_status()
        return response.json()["keys"]

    def login(self, user, password):
        response = self.session.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "password", "username": user, "password": password},
            timeout=self.timeout,
        )
        response.raise_for_status()
        return response.json()


class RevocationList:
    def __init__(self):
        self._revoked = set()

    def revoke(self, token):
        self._revoked.add(hashlib.sha256(token.encode()).hexdigest())

    def is_revoked(self, token):
        return hashlib.sha256(token.encode()).hexdigest() in self._revoked


class RateLimiter:
    def __init__(self, per_minute):
        self.per_minute = per_minute
        self.calls = defaultdict(list)

    def allow(self, api_key, now):
        recent = [t for t in self.calls[api_key] if now - t < 60]
        self.calls[api_key] = recent
        if len(recent) >= self.per_minute:
            return False
        recent.append(now)
        return True
