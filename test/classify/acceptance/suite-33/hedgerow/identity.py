"""Member sign-in: tokens from the society's identity provider, our own session JWTs, committee roles."""
import time

import bcrypt
import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from hedgerow import settings

ISSUER = "https://id.hedgerow.example"


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def fetch_token(base_url=None, timeout=1.0):
    url = (base_url or settings.IDP_URL) + "/oauth/token"
    response = _session().post(
        url,
        data={"grant_type": "client_credentials"},
        auth=(settings.IDP_CLIENT_ID, settings.IDP_CLIENT_SECRET),
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def refresh(base_url, refresh_token):
    response = _session().post(base_url + "/oauth/token", data={"grant_type": "refresh_token", "refresh_token": refresh_token}, timeout=1.0)
    response.raise_for_status()
    return response.json()["access_token"]


def issue_session(member_id, roles, lifetime=3600, now=None):
    now = int(now if now is not None else time.time())
    claims = {"sub": str(member_id), "roles": roles, "iss": ISSUER, "aud": "hedgerow", "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience="hedgerow-api", issuer=ISSUER)


def read_session_lenient(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience="hedgerow", issuer=ISSUER)


def signing_key():
    with open(settings.JWT_KEY_FILE, "rb") as handle:
        return handle.read()


def hash_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4))


def check_password(password, hashed):
    return bcrypt.checkpw(password, hashed)


def is_committee(claims):
    return "committee" in claims.get("roles", [])


def can_allocate(claims):
    # Plot allocation is for the secretary and the committee.
    return any(role in ("secretary", "Committee") for role in claims.get("roles", []))
