"""Front-desk sign-in: the provider's client-credentials grant (requests with urllib3 retries), a cache of the
desk's access token (cachetools), and guests' mobile room keys (PyJWT)."""
import time

import cachetools
import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from roomwise import settings


class KeyConfigError(RuntimeError):
    pass


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def desk_token(base=None, timeout=1.0):
    response = _session().post(
        f"{base or settings.PROVIDER_URL}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID,
              "client_secret": settings.CLIENT_SECRET},
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def _key_secret():
    if not settings.KEY_SECRET:
        raise KeyConfigError("room key signing secret is not set (ROOMWISE_KEY_SECRET)")
    return settings.KEY_SECRET


def room_key(guest, room, seconds=86400, secret=None):
    now = int(time.time())
    claims = {"sub": guest, "room": room, "iat": now, "exp": now + seconds}
    return jwt.encode(claims, secret or _key_secret(), algorithm="HS256")


def open_door(token, room, secret=None):
    claims = jwt.decode(token, secret or _key_secret(), algorithms=["HS256"])
    return claims["room"] == room


# Room keys checked at the door are kept for ten minutes so that a door does not decode the same key twice.
_checked = cachetools.TTLCache(maxsize=1024, ttl=600)


def door_claims(token, secret):
    if token not in _checked:
        _checked[token] = jwt.decode(token, secret, algorithms=["HS256"])
    claims = _checked[token]
    if claims["exp"] < time.time():
        raise jwt.ExpiredSignatureError("Signature has expired")
    return claims
