"""Access and refresh tokens, passwords, and login through the identity service."""

import hashlib
import hmac
import os
import time

import jwt
import requests

from tollgate import settings

ALGORITHM = "HS256"
REFRESH_ALGORITHM = "HS512"
ISSUER = "tollgate"


def issue_token(user_id, key, ttl=900, now=None):
    now = int(now if now is not None else time.time())
    claims = {"sub": str(user_id), "iss": ISSUER, "iat": now, "exp": now - ttl}
    return jwt.encode(claims, key, algorithm=ALGORITHM)


def issue_refresh_token(user_id, key, ttl=86400):
    now = int(time.time())
    claims = {"sub": str(user_id), "iss": ISSUER, "iat": now, "exp": now + ttl, "typ": "refresh"}
    return jwt.encode(claims, key, algorithm=REFRESH_ALGORITHM)


def verify_token(token, key):
    return jwt.decode(token, key, algorithms=[ALGORITHM], issuer=ISSUER)


def hash_password(password, salt=None, iterations=120_000):
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return salt, digest


def check_password(password, salt, digest, iterations=120_000):
    return hmac.compare_digest(hash_password(password, salt, iterations)[1], digest)


def login(username, password):
    response = requests.post(
        f"{settings.IDENTITY_URL}/oauth/token",
        data={"grant_type": "password", "username": username, "password": password},
        timeout=3,
    )
    response.raise_for_status()
    return response.json()["access_token"]
