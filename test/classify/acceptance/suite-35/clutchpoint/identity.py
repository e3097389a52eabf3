"""Learner and instructor sign-in: tokens from the school's identity provider, our own session JWTs, roles."""
import time

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from clutchpoint import settings

ISSUER = "https://id.clutchpoint.example"
AUDIENCE = "clutchpoint-office"


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def fetch_token(base_url=None, timeout=1.0):
    response = _session().post(
        (base_url or settings.IDP_URL) + "/oauth2/token",
        data={"grant_type": "client_credentials", "scope": "lessons"},
        auth=(settings.IDP_CLIENT_ID, settings.IDP_CLIENT_SECRET),
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def userinfo(token, base_url=None):
    response = requests.get((base_url or settings.IDP_URL) + "/userinfo", headers={"Authorization": f"Bearer {token}"}, timeout=1.0)
    response.raise_for_status()
    return response.json()


def issue_session(user_id, roles, lifetime=900, now=None):
    now = int(now if now is not None else time.time())
    claims = {"sub": str(user_id), "roles": roles, "iss": ISSUER, "aud": "clutchpoint", "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience=AUDIENCE, issuer=ISSUER)


def read_session_any_audience(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience="clutchpoint", issuer=ISSUER)


def private_key():
    with open(settings.JWT_KEY_FILE, "rb") as handle:
        return handle.read()


def can_sign_off_lesson(claims):
    # Instructors and the office manager sign off lessons.
    return any(role in ("Instructor", "manager") for role in claims.get("roles", []))
