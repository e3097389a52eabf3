"""Till and staff sign-in: the provider's client-credentials grant (requests with urllib3 retries), couriers'
delivery tokens (PyJWT) and the tills' API keys."""
import hmac
import time

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from crumbline import settings


class AuthConfigError(RuntimeError):
    pass


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def till_token(base=None, timeout=1.0):
    response = _session().post(
        f"{base or settings.PROVIDER_URL}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID,
              "client_secret": settings.CLIENT_SECRET},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def _courier_secret():
    if not settings.COURIER_SECRET:
        raise AuthConfigError("courier signing secret is not set (CRUMBLINE_COURIER_SECRET)")
    return settings.COURIER_SECRET


def courier_token(courier, seconds=900, secret=None):
    now = int(time.time())
    claims = {"sub": courier, "iat": now, "exp": now + seconds, "iss": "https://auth.crumbline.example"}
    return jwt.encode(claims, secret or _courier_secret(), algorithm="HS256")


def verify_courier(token, secret=None):
    return jwt.decode(token, secret or _courier_secret(), algorithms=["HS256"], issuer=settings.COURIER_ISSUER)


def decode_courier(token, secret):
    # No issuer check: for the courier app's own display.
    return jwt.decode(token, secret, algorithms=["HS256"])


_TILL_KEYS = {"till-1": b"k-3f9a", "till-2": b"k-77c2"}


def till_key_valid(till, presented):
    return hmac.compare_digest(_TILL_KEYS[till], presented)
