"""Sign-in for affineurs, cave hands and cheesemongers: HMAC-signed tokens."""
import base64
import hashlib
import hmac
import json
import os
import time

SHOP_KEY = b"shop-counter-key"


class Expired(Exception):
    pass


class BadSignature(Exception):
    pass


def signing_key():
    return os.environ["RINDHALL_SIGNING_KEY"].encode()


def token_ttl():
    return int(os.environ.get("RINDHALL_TOKEN_TTL", "900"))


def _b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mint(claims, key=SHOP_KEY):
    body = _b64(json.dumps(claims, sort_keys=True).encode())
    sig = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    return f"{body}.{sig}"


def verify(token, key=SHOP_KEY, now=None):
    body, sig = token.split(".")
    good = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(sig, good):
        raise BadSignature("signature does not match")
    claims = json.loads(_unb64(body))
    now = time.time() if now is None else now
    if now >= claims["exp"]:
        raise Expired(f"expired at {claims['exp']}")
    return claims


def issue_staff_token(subject, role, now=None):
    now = time.time() if now is None else now
    return mint({"sub": subject, "role": role, "exp": now + 900}, key=signing_key())


def session_cookie(subject):
    return {"name": "rindhall", "value": subject, "max_age": token_ttl()}


def can_release_wheels(claims):
    # Only affineurs release a wheel from the cave.
    return "affineur" in claims["role"]


def can_view_stock(claims):
    return claims["role"] in ("affineur", "cave-hand", "monger")
