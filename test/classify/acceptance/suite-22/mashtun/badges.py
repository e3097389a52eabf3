"""Staff badges for the cellar and taproom: Ed25519-signed, with an expiry."""
import base64
import hashlib
import json
import os
import time

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mashtun import settings


class BadgeExpired(Exception):
    pass


def signing_key(path=None):
    with open(path or settings.BADGE_KEY_FILE, "rb") as handle:
        return serialization.load_pem_private_key(handle.read(), password=None)


def issue(staff_id, key, lifetime=3600):
    claims = {"sub": staff_id, "exp": int(time.time() * 1000) + lifetime}
    body = base64.urlsafe_b64encode(json.dumps(claims).encode())
    return body + b"." + base64.urlsafe_b64encode(key.sign(body))


def read(badge, public_key):
    body, signature = badge.split(b".")
    public_key.verify(base64.urlsafe_b64decode(signature), body)
    claims = json.loads(base64.urlsafe_b64decode(body))
    if claims["exp"] < time.time() * 1000:
        raise BadgeExpired(f"badge of {claims['sub']} expired")
    return claims


def new_key():
    return Ed25519PrivateKey.generate()


def session_secret():
    return os.environ["MASHTUN_SESSION_SECRET"].encode()


def hash_pin(pin, salt):
    # A cellar PIN, hashed hard.
    return hashlib.scrypt(pin.encode(), salt=salt, n=2 ** 17, r=8, p=1)
