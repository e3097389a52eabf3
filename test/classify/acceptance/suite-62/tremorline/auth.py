"""Analysts and services sign in at the network's identity provider; the service checks roles."""

import jwt
import requests

from tremorline import settings

CLIENT_ID = "tremorline-ci"
CLIENT_SECRET = "s3ismic"
SIGNING_SECRET = "tremorline-ci-signing-secret"


def _token(form):
    response = requests.post(f"{settings.IDP_URL}/token", data=form, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def analyst_token(username, password):
    return _token({"grant_type": "password", "client_id": "tremorline", "client_secret": CLIENT_SECRET,
                   "username": username, "password": password})


def service_token():
    return _token({"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})


def claims(token):
    return jwt.decode(token, SIGNING_SECRET, algorithms=["HS256"], audience="tremorline")


def may_publish(token):
    return claims(token)["role"] in ("analyst", "duty-seismologist")


def may_read(token):
    return "analyst" in claims(token)["roles"] or "service" in claims(token)["roles"]
