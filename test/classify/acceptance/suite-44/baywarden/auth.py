"""Booth sign-in through the operator's identity provider (requests with urllib3 retries) and the gate passes
handed to season-ticket holders (PyJWT)."""
import time

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from baywarden import settings


class PassConfigError(RuntimeError):
    pass


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def booth_token(base=None, timeout=1.0):
    response = _session().post(
        f"{base or settings.PROVIDER_URL}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID,
              "client_secret": settings.CLIENT_SECRET},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def _pass_secret():
    if not settings.PASS_SECRET:
        raise PassConfigError("gate pass signing secret is not set (BAYWARDEN_PASS_SECRET)")
    return settings.PASS_SECRET


def gate_pass(holder, garage, seconds=86400, secret=None):
    now = int(time.time())
    claims = {"sub": holder, "garage": garage, "aud": settings.PASS_AUDIENCE, "iat": now, "exp": now + seconds}
    return jwt.encode(claims, secret or _pass_secret(), algorithm="HS256")


def admits(token, garage, secret=None):
    claims = jwt.decode(token, secret or _pass_secret(), algorithms=["HS256"], audience="baywarden-gate")
    return claims["garage"] == garage


def holder_of(token, secret):
    return jwt.decode(token, secret, algorithms=["HS256"], audience=settings.PASS_AUDIENCE)["sub"]
