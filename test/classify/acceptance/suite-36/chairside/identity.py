"""Staff sign-in: a client-credentials token from the chain's identity provider, and our own session tokens."""
import datetime

import bcrypt
import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from chairside import settings


class AccessDenied(Exception):
    pass


def provider_session(retries=0):
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def client_token(base=None, retries=0, timeout=1.0):
    response = provider_session(retries).post(
        f"{base or settings.IDENTITY_URL}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def issue_session(user, roles, lifetime=900):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {"sub": user, "roles": roles, "aud": settings.TOKEN_AUDIENCE, "iat": now, "exp": now + datetime.timedelta(seconds=lifetime)}
    return jwt.encode(claims, settings.TOKEN_SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience="chairside-app")


def read_session_claims(token):
    return jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)


def require_role(claims, role):
    if role.capitalize() not in claims["roles"]:
        raise AccessDenied(f"{claims['sub']} lacks role {role!r} (has {claims['roles']})")


def check_password(password, stored_hash):
    return bcrypt.checkpw(password, stored_hash)


def claims_signing_key():
    with open(settings.CLAIMS_SIGNING_KEY, "rb") as key_file:
        return key_file.read()
