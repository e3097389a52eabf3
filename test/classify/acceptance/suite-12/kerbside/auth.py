"""Members' passwords, one-time codes and access tokens."""
import time

import argon2
import httpx
import pyotp
from authlib.jose import jwt

from . import settings

_hasher = argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def hash_password(password):
    # Passwords typed on the kiosks' touch keyboards come with stray spaces.
    return _hasher.hash(password.strip())


def check_password(stored, password):
    return _hasher.verify(stored, password)


def otp_ok(secret, code, at=None):
    totp = pyotp.TOTP(secret)
    return totp.verify(code, for_time=at or time.time())


def issue_token(key, member_id, now=None):
    now = int(now or time.time())
    payload = {"iss": settings.JWT_ISSUER, "sub": str(member_id), "iat": now, "exp": now + 900}
    return jwt.encode({"alg": "HS256"}, payload, key).decode()


def read_token(key, token, now=None):
    claims = jwt.decode(
        token, key, claims_options={"iss": {"essential": True, "value": settings.JWT_ISSUER.rstrip("/")}}
    )
    claims.validate(now=now)
    return claims


def service_token(idp_url, client_id, client_secret):
    """The client-credentials token the fleet API presents to partners."""
    response = httpx.post(
        f"{idp_url}/oauth2/token",
        data={"grant_type": "client_credentials"},
        auth=(client_id, client_secret),
        timeout=settings.HTTP_TIMEOUT,
    )
    response.raise_for_status()
    return response.json()["access_token"]
