"""Drivers' and controllers' sign-in through the operator's identity provider."""
import jwt
import requests

from tramyard import settings


def driver_token(user):
    response = requests.post(
        f"{settings.IDP_URL}/token",
        data={"grant_type": "password", "client_id": "tramyard", "username": user},
        timeout=settings.READ_TIMEOUT,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def claims(token):
    return jwt.decode(token, settings.IDP_SECRET, algorithms=["HS256"], audience=settings.AUDIENCE)


def may_drive(token):
    return "driver" in claims(token).get("roles", [])


def may_set_routes(token):
    return "controller" in claims(token).get("roles", [])
