"""Staff sign-in through the chain's identity provider, and the desk's own session tokens."""
import datetime

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import settings


class SignInError(Exception):
    pass


def _session(retries=2):
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def client_token(base_url=None, timeout=1.0):
    """The desk's client-credentials token from the identity provider."""
    url = (base_url or settings.IDENTITY_URL) + "/oauth/token"
    response = _session().post(
        url,
        data={"grant_type": "client_credentials"},
        auth=(settings.IDENTITY_CLIENT_ID, settings.IDENTITY_CLIENT_SECRET),
        timeout=timeout,
        verify=settings.CA_BUNDLE or True,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def staff_profile(username, base_url=None, timeout=1.0):
    url = (base_url or settings.IDENTITY_URL) + f"/users/{username}"
    response = requests.get(url, timeout=timeout)
    response.raise_for_status()
    return response.json()


def _signing_key():
    with open(settings.JWT_KEY_FILE, "rb") as key_file:
        return key_file.read()


def issue_session(username, roles, key=None, minutes=30, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": username, "roles": roles, "aud": "stowfold-staff", "iat": now, "exp": now + datetime.timedelta(minutes=minutes)}
    return jwt.encode(claims, key or _signing_key(), algorithm="HS256")


def read_session(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], audience=settings.JWT_AUDIENCE)


def can_open_gate(claims):
    return "gate" in claims.get("roles", [])
