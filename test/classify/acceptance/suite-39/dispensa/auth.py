"""Pharmacists' sign-in through the chain's identity provider, and our own counter tokens."""
import time

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from . import settings

AUDIENCE = "dispensa-counter"


def _session():
    s = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
    s.mount("http://", HTTPAdapter(max_retries=retry))
    return s


def client_token(idp_url=None, secret=None):
    answer = _session().post(f"{idp_url or settings.IDP_URL}/oauth/token", data={
        "grant_type": "client_credentials", "client_id": settings.IDP_CLIENT_ID,
        "client_secret": settings.IDP_CLIENT_SECRET if secret is None else secret,
    }, timeout=1.0)
    answer.raise_for_status()
    return answer.json()["access_token"]


def signing_key(path=None):
    with open(path or settings.SIGNING_KEY_FILE) as f:
        return f.read().strip()


def counter_token(key, pharmacist, branch, ttl=900):
    now = int(time.time())
    return jwt.encode({"sub": pharmacist, "branch": branch, "aud": "dispensa", "iat": now, "exp": now + ttl},
                      key, algorithm="HS256")


def verify_counter_token(key, token):
    return jwt.decode(token, key, algorithms=["HS256"], audience=AUDIENCE)
