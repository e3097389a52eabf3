"""Translators' tokens, the SSO login and webhook signatures."""
import base64
import hashlib
import hmac
import time

import jwt
import requests

from . import settings


def issue(translator, lifetime=3600):
    now = int(time.time())
    claims = {"sub": translator, "iat": now, "nbf": now + 30, "exp": now + lifetime}
    return jwt.encode(claims, settings.TOKEN_KEY, algorithm="HS256")


def read(token):
    return jwt.decode(token, settings.TOKEN_KEY, algorithms=settings.TOKEN_ALGORITHMS)


def read_lenient(token):
    return jwt.decode(token, settings.TOKEN_KEY, algorithms=["HS256"], options={"verify_nbf": True})


def sso_login(user, password, url=None):
    response = requests.post(f"{url or settings.SSO_URL}/login", json={"user": user, "password": password}, timeout=2)
    response.raise_for_status()
    return response.json()["token"]


def webhook_key():
    return base64.b64decode(settings.WEBHOOK_SECRET, validate=True)


def sign(body, key):
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def verify(body, signature, key):
    return hmac.compare_digest(sign(body, key).encode(), signature)
