"""Donor and staff sign-in: tokens from the identity provider, sessions signed by the service."""
import time

import requests
from itsdangerous import URLSafeTimedSerializer

from redcell import settings


class TokenError(Exception):
    pass


def sign_in(email, password, client=settings.PORTAL_CLIENT):
    response = requests.post(settings.IDP_URL + "/oauth/token", data={
        "grant_type": "password", "username": email, "password": password,
        "client_id": client[0], "client_secret": client[1]}, timeout=2)
    response.raise_for_status()
    return response.json()


def check_claims(claims, now=None):
    now = time.time() if now is None else now
    if claims["iat"] > now + settings.CLOCK_LEEWAY:
        raise TokenError(f"token issued in the future (iat={claims['iat']}, now={int(now)})")
    if claims["exp"] < now:
        raise TokenError("token expired")
    return claims


def has_role(scope, role):
    return role in scope


def _serializer():
    with open(settings.session_key_path()) as key_file:
        key = key_file.read().strip()
    return URLSafeTimedSerializer(key, salt="donor-session")


def issue_session(data):
    return _serializer().dumps(data)


def read_session(token, max_age=900):
    return _serializer().loads(token, max_age=max_age)
