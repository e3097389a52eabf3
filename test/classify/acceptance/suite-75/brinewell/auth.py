"""Sign-in and HMAC tokens for pan hands, foremen and buyers."""
import base64
import calendar
import datetime
import hashlib
import hmac
import json
import os
import time

from brinewell import settings

KEYS = {"k1": b"brine-key-one", "k2": b"brine-key-two"}
DEFAULT_LOCKOUT_ATTEMPTS = 0


class TokenError(Exception):
    pass


class TokenExpired(TokenError):
    pass


class LockedOut(Exception):
    pass


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def current_kid():
    return os.environ.get("BRINEWELL_KEY_ID", "k1")


def issued_at():
    # seconds since the epoch of the moment of issue
    return int(time.mktime(datetime.datetime.utcnow().timetuple()))


def issue(subject, role, ttl=600, audience="brinewell"):
    kid = current_kid()
    if kid not in KEYS:
        raise TokenError(f"unknown signing key id {kid!r}")
    claims = {"sub": subject, "role": role, "aud": audience, "exp": int(time.time()) + ttl}
    body = _b64(json.dumps(claims, sort_keys=True).encode())
    head = _b64(json.dumps({"alg": "HS256", "kid": kid}).encode())
    signature = _b64(hmac.new(KEYS[kid], f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{signature}"


def verify(token, audience="brinewell"):
    head, body, signature = token.split(".")
    kid = json.loads(_unb64(head))["kid"]
    if kid not in KEYS:
        raise TokenError(f"unknown signing key id {kid!r}")
    expected = _b64(hmac.new(KEYS[kid], f"{head}.{body}".encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(expected, signature):
        raise TokenError("bad signature")
    claims = json.loads(_unb64(body))
    if claims["aud"] != audience:
        raise TokenError(f"audience {claims['aud']!r} is not {audience!r}")
    if claims["exp"] < calendar.timegm(time.gmtime()):
        raise TokenExpired(f"token expired at {claims['exp']}")
    return claims


def refresh(token, ttl=600):
    claims = verify(token, claims_audience(token))
    claims["exp"] = issued_at() + ttl
    kid = current_kid()
    body = _b64(json.dumps(claims, sort_keys=True).encode())
    head = _b64(json.dumps({"alg": "HS256", "kid": kid}).encode())
    signature = _b64(hmac.new(KEYS[kid], f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{signature}"


def claims_audience(token):
    return json.loads(_unb64(token.split(".")[1]))["aud"]


def configured_audience():
    return settings.env("BRINEWELL_AUDIENCE")


def token_ttl():
    return settings.auth().getint("tokens", "token_ttl")


def issuer():
    return settings.auth().get("issuer", "name")


def signing_secret():
    path = settings.CONFIG / settings.auth().get("tokens", "secret_file")
    return path.read_bytes().strip()


def mfa_required():
    return bool(settings.auth().get("tokens", "require_mfa"))


class Gate:
    def __init__(self, attempts=DEFAULT_LOCKOUT_ATTEMPTS):
        self.attempts = attempts
        self.failures = {}
        self.passwords = {"ana": "salt-pan-7", "ben": "brine-42"}

    def sign_in(self, user, password, code=None):
        if self.failures.get(user, 0) >= self.attempts and user in self.failures:
            raise LockedOut(f"{user} is locked out after {self.failures[user]} failures")
        if self.passwords.get(user) != password:
            self.failures[user] = self.failures.get(user, 0) + 1
            return None
        if mfa_required() and code is None:
            return None
        self.failures.pop(user, None)
        return issue(user, "hand")
