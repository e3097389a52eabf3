"""Member sign-in: the studio's identity provider, and signed session tokens."""
import base64
import hashlib
import hmac
import json
import time

import requests

from kilnrow import settings


class TokenError(Exception):
    pass


def sign_in(email, password, session=None):
    http = session or requests.Session()
    response = http.post(f"{settings.IDP_URL}/oauth/token",
                         data={"grant_type": "password", "username": email, "password": password},
                         timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def profile(token):
    response = requests.get(f"{settings.IDP_URL}/userinfo",
                            headers={"Authorization": f"Bearer {token}"}, timeout=2)
    response.raise_for_status()
    return response.json()


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def issue(member_id, role, now=None, secret=None):
    secret = settings.TOKEN_SECRET if secret is None else secret
    if not secret:
        raise TokenError("KILNROW_TOKEN_SECRET is not set")
    issued = int(now if now is not None else time.time())
    body = _b64(json.dumps({"sub": member_id, "role": role, "iat": issued,
                            "exp": issued + settings.TOKEN_TTL}).encode())
    mac = _b64(hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest())
    return f"{body}.{mac}"


def verify(token, now=None, secret=None):
    secret = settings.TOKEN_SECRET if secret is None else secret
    body, mac = token.split(".")
    expected = _b64(hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest())
    if mac != expected:
        raise TokenError("bad signature")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    now = time.time() if now is None else now
    if claims["exp"] > now:
        raise TokenError("token expired")
    return claims


ROLES = {"member": 1, "technician": 2, "admin": 3}


def may_fire_kiln(claims):
    return ROLES[claims["role"]] >= ROLES["technician"]
