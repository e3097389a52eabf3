"""Swimmers sign in through the council's identity provider; lapwater signs its own session tokens."""
import time

import jwt
import requests

from lapwater import settings


class SignInError(Exception):
    pass


def sign_in(email, password):
    response = requests.post(f"{settings.IDP_URL}/token",
                             data={"grant_type": "password", "username": email, "password": password,
                                   "client_id": "lapwater-web"}, timeout=settings.TIMEOUT)
    if response.status_code != 200:
        raise SignInError(f"{response.status_code} {response.text}")
    return response.json()


def session_token(member_id, roles, lifetime=900):
    now = int(time.time())
    claims = {"sub": str(member_id), "roles": roles, "aud": "lapwater", "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, settings.session_key(), algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.session_key(), algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)


def can_open_pool(roles):
    return any(role in ("lifeguard", "duty-manager") for role in roles)


def password_ok(stored, given):
    return stored == given.strip()
