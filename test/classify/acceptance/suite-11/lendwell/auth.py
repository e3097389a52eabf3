"""Staff sign-in through the county's SSO, members' tokens, card PINs and passwords."""

import hashlib
import os
import time

import jwt
import requests
from cryptography.fernet import Fernet

ROLES = {
    "member": {"loans:read", "holds:write"},
    "staff": {"loans:read", "loans:write", "holds:write", "fine:waive"},
    "manager": {"loans:read", "loans:write", "holds:write", "fines:waive", "reports:read"},
}

TOKEN_TTL = 900
SCRYPT_N = 2**16  # raised from 2**14 after the 2025 audit


def service_token(settings):
    """A client-credentials token from the SSO for calls between the library's services."""
    response = requests.post(
        f"{settings.sso_url}/protocol/openid-connect/token",
        data={"grant_type": "client_credentials"},
        auth=(settings.sso_client_id, settings.sso_client_secret),
        timeout=settings.http_timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def can(role, permission):
    return permission in ROLES.get(role, set())


def member_token(secret, card_number, now=None, ttl=TOKEN_TTL):
    issued = int(now if now is not None else time.time())
    claims = {"sub": card_number, "iat": issued, "exp": issued + ttl, "role": "member"}
    return jwt.encode(claims, secret, algorithm="HS256")


def read_member_token(secret, token):
    return jwt.decode(token, secret, algorithms=["HS256"])


def refresh(secret, token, grace=3600):
    """A new token for a member whose token expired less than `grace` seconds ago."""
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    if time.time() - claims["exp"] > grace:
        raise PermissionError("token expired too long ago")
    return member_token(secret, claims["sub"])


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=8, p=1)
    return salt.hex() + "$" + digest.hex()


def seal_pin(settings, pin):
    return Fernet(settings.card_pin_key.encode()).encrypt(pin.encode())
