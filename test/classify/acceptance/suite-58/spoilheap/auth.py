"""Finds officers' sign-in through the county's identity provider, and the service's own tokens."""
import time

import jwt
import requests

from spoilheap import settings


def sign_in(user, password):
    response = requests.post(
        f"{settings.IDP_URL}/token", data={"username": user, "password": password}, timeout=settings.HTTP_TIMEOUT
    )
    response.raise_for_status()
    return response.json()["access_token"]


def issue(user, roles, ttl=3600):
    now = int(time.time())
    claims = {"sub": user, "roles": roles, "aud": settings.TOKEN_AUDIENCE, "iat": now, "exp": now + ttl}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def verify(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience=settings.API_AUDIENCE)


def can_edit(claims, site):
    return "finds-officer" in claims["roles"] or f"site-lead:{site}" in claims["roles"]
