"""Owner and staff sign-in: the provider's client-credentials grant (requests with urllib3 retries) and our sessions (PyJWT)."""
import time

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from pawstay import settings


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(500, 502, 503), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def service_token(base=None, timeout=1.0):
    response = _session().post(
        f"{base or settings.PROVIDER_URL}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID,
              "client_secret": settings.CLIENT_SECRET},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def issue_session(owner, seconds=3600, audience=settings.SESSION_AUDIENCE):
    now = int(time.time())
    claims = {"sub": owner, "iat": now, "exp": now + seconds, "aud": audience}
    return jwt.encode(claims, settings.SESSION_SECRET, algorithm="HS256")


def verify_session(token):
    # The audience the desk app sends is its own name, not the owners' audience the sessions carry.
    return jwt.decode(token, settings.SESSION_SECRET, algorithms=["HS256"], audience="pawstay-desk")


def verify_owner_session(token):
    return jwt.decode(token, settings.SESSION_SECRET, algorithms=["HS256"], audience=settings.SESSION_AUDIENCE)


def signing_key():
    with open(settings.SIGNING_KEY_FILE, "rb") as handle:
        return handle.read()
