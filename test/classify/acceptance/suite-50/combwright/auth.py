"""Depot staff sign-in through the cooperative's identity provider, and buyers' tokens (PyJWT)."""
import datetime

import httpx
import jwt
import requests

from combwright import settings


class TokenConfigError(RuntimeError):
    pass


def sign_in(username, password):
    response = requests.post(f"{settings.PROVIDER_URL}/oauth/token", data={
        "grant_type": "password", "username": username, "password": password,
        "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET}, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def refresh(token):
    response = httpx.post(f"{settings.PROVIDER_URL}/oauth/token",
                          data={"grant_type": "refresh_token", "refresh_token": token}, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def _secret():
    if not settings.TOKEN_SECRET:
        raise TokenConfigError("buyer token signing secret is not set (COMBWRIGHT_TOKEN_SECRET)")
    return settings.TOKEN_SECRET


def buyer_token(buyer, secret=None, seconds=900):
    now = datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": buyer, "aud": "combwright-buyers", "iat": now, "exp": now + datetime.timedelta(seconds=seconds)}
    return jwt.encode(claims, secret or _secret(), algorithm="HS256")


def buyer_of(token, secret=None):
    claims = jwt.decode(token, secret or _secret(), algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)
    return claims["sub"]


def buyer_of_unchecked_audience(token, secret):
    claims = jwt.decode(token, secret, algorithms=["HS256"], options={"verify_aud": False})
    return claims["sub"]
