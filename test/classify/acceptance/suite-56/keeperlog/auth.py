"""Keepers' sign-in through the zoo's identity provider, and the service's own session tokens."""
import time

import jwt
import requests

from keeperlog import settings


def sign_in(username, password):
    response = requests.post(
        f"{settings.IDP_URL}/oauth/token",
        data={"grant_type": "password", "username": username, "password": password},
        timeout=settings.HTTP_TIMEOUT,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def issue_session(keeper_id, roles, lifetime=3600):
    now = int(time.time())
    claims = {"sub": keeper_id, "roles": roles, "iat": now, "exp": now + lifetime, "aud": "keeperlog"}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience=settings.JWT_AUDIENCE)


def may_medicate(claims):
    return "vet" in claims["roles"]
