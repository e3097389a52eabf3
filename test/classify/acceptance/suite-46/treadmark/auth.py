"""Fitters' bay tokens: the client-credentials grant at the chain's identity provider and the bay tokens (PyJWT)."""
import datetime
import os

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from treadmark import settings


def provider_session(retries=2):
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def client_token(url=None, timeout=1.0, session=None):
    session = session or provider_session()
    response = session.post(f"{url or settings.PROVIDER_URL}/oauth/token", timeout=timeout,
                            data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID,
                                  "client_secret": settings.CLIENT_SECRET})
    response.raise_for_status()
    return response.json()["access_token"]


def mint_bay_token(fitter, bay, minutes=30, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": fitter, "bay": bay, "aud": settings.TOKEN_AUDIENCE, "iat": now,
              "exp": now + datetime.timedelta(minutes=minutes)}
    return jwt.encode(claims, settings.TOKEN_SECRET, algorithm="HS256")


def bay_of(token):
    audience = os.environ.get("TREADMARK_TOKEN_AUDIENCE", settings.TOKEN_AUDIENCE)
    claims = jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience=audience)
    return claims["bay"]


def supervisor_token(fitter):
    return jwt.encode({"sub": fitter, "role": "supervisor", "aud": settings.TOKEN_AUDIENCE},
                      settings.TOKEN_SECRET, algorithm="HS512")


def is_supervisor(token):
    claims = jwt.decode(token, settings.TOKEN_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)
    return claims.get("role") == "supervisor"
