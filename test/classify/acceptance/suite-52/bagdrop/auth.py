"""Handlers sign in through the airport's identity provider; ramp tokens are JWTs the service signs itself."""
import time

import jwt
import requests

from . import settings


def sign_in(badge, pin):
    answer = requests.post(f"{settings.IDP_URL}/oauth/token",
                           data={"grant_type": "password", "username": badge, "password": pin}, timeout=1)
    answer.raise_for_status()
    return answer.json()["access_token"]


def profile(token):
    answer = requests.get(f"{settings.IDP_URL}/userinfo", headers={"Authorization": f"Bearer {token}"}, timeout=1)
    answer.raise_for_status()
    return answer.json()


def sign_out(token):
    requests.post(f"{settings.IDP_URL}/oauth/revoke", data={"token": token}, timeout=1).raise_for_status()


def ramp_token(badge, zones, lifetime=900, audience="bagdrop-handler"):
    now = int(time.time())
    claims = {"sub": badge, "zones": zones, "iat": now, "exp": now + lifetime, "aud": audience}
    return jwt.encode(claims, settings.TOKEN_SECRET, algorithm="HS256")


def zones_of(token):
    claims = jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)
    return claims["zones"]


def may_enter(token, zone):
    claims = jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], options={"verify_aud": False})
    return zone in claims["zones"]
