"""Van drivers' sign-in through the laundry's identity provider, and the route tokens the depot hands out."""
import time

import httpx
import jwt
import requests

from rinsewell import settings


def sign_in(username, password, base=None, timeout=1.0):
    response = requests.post(
        f"{base or settings.PROVIDER_URL}/oauth/token",
        data={"grant_type": "password", "username": username, "password": password,
              "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def refresh(refresh_token, base=None):
    with httpx.Client(timeout=1.0) as client:
        response = client.post(f"{base or settings.PROVIDER_URL}/oauth/token",
                               data={"grant_type": "refresh_token", "refresh_token": refresh_token})
        response.raise_for_status()
        return response.json()["access_token"]


def route_token(driver, route, lifetime=3600):
    now = int(time.time())
    claims = {"sub": driver, "route": route, "aud": settings.TOKEN_AUDIENCE, "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, settings.TOKEN_SECRET, algorithm="HS256")


def route_of(token):
    return jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)["route"]


def is_depot_manager(token):
    claims = jwt.decode(token, settings.TOKEN_SECRET, audience=settings.TOKEN_AUDIENCE)
    return claims.get("role") == "manager"


def manifest_signature(manifest):
    with open(settings.SIGNING_KEY_FILE, "rb") as key:
        return jwt.encode({"manifest": manifest}, key.read(), algorithm="RS256")
