"""Keepers' and services' sign-in through the lighthouse board's identity provider."""
import jwt
import requests

from lampwatch import settings


def keeper_token(keeper):
    response = requests.post(
        f"{settings.IDP_URL}/token",
        data={"grant_type": "password", "username": keeper, "client_id": settings.CLIENT_ID},
        timeout=2,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def monitor_token():
    response = requests.post(
        f"{settings.IDP_URL}/token",
        data={"grant_type": "client_credentials", "client_id": settings.MONITOR_CLIENT_ID},
        timeout=2,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def claims(token):
    return jwt.decode(token, settings.IDP_SECRET, algorithms=["HS256"], audience=settings.AUDIENCE)


def may_relight(token):
    return "keeper" in claims(token)["roles"]


def may_read_status(token):
    return "status:read" in claims(token).get("scope", "").split()
