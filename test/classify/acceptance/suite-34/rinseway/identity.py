"""Staff and app sign-in: the chain's identity provider (requests with urllib3 retries) and session tokens (PyJWT)."""
import time

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from rinseway import settings


def session():
    http = requests.Session()
    retry = Retry(total=2, backoff_factor=0.01, status_forcelist=(502, 503, 504))
    http.mount("http://", HTTPAdapter(max_retries=retry))
    return http


def client_token(client_id, secret, url=None, timeout=2):
    response = session().post(
        f"{url or settings.IDENTITY_URL}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def issue(staff_id, shop, ttl=900, now=None):
    issued = int(now if now is not None else time.time())
    claims = {"sub": staff_id, "shop": shop, "aud": settings.TOKEN_AUDIENCE, "iat": issued, "exp": issued + ttl}
    return jwt.encode(claims, settings.TOKEN_SECRET, algorithm="HS256")


def verify(token, audience="rinseway-api"):
    return jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience=audience)


def signing_key():
    with open(settings.SIGNING_KEY_FILE, "rb") as handle:
        return handle.read()


def can_refund(role):
    return role in {"manager", "area-manager"}
