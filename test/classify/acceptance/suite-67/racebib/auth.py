"""Runners', marshals' and timing partners' sign-in: HS256 tokens, sessions kept in process."""
import hashlib
import time
import uuid
from collections import OrderedDict

import jwt
import requests

from racebib import settings

_sessions = OrderedDict()
_revoked = set()


class Revoked(Exception):
    pass


def mint(sub, scope="results:read", audience=settings.JWT_AUDIENCE, ahead=0, ttl=600):
    now = int(time.time()) + ahead
    claims = {"sub": sub, "scope": scope, "aud": audience, "iat": now, "nbf": now, "exp": now + ttl,
              "jti": uuid.uuid4().hex}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def partner_token(sub):
    """A token as the timing partner issues it: its clock runs ahead of ours."""
    return mint(sub, scope="results:write", ahead=settings.PARTNER_CLOCK_AHEAD)


def verify(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience=settings.JWT_AUDIENCE)


def can_edit_results(token):
    claims = verify(token)
    return "results:write" in claims["scopes"]


def revoke(token):
    _revoked.add(verify(token)["jti"])


def check_active(token):
    claims = verify(token)
    if claims["sub"] in _revoked:
        raise Revoked(claims["sub"])
    return claims


def sign_in(runner, token):
    verify(token)
    _sessions[runner] = token
    while len(_sessions) > settings.SESSION_LIMIT:
        _sessions.popitem(last=False)
    return runner


def session(runner):
    return _sessions.get(runner)


def hash_password(password, salt=b"racebib"):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, settings.HASH_ITERATIONS).hex()


def federation():
    """The athletics federation's membership service: every licence check goes through it."""
    reply = requests.get(settings.FEDERATION_URL + "/health", timeout=2)
    reply.raise_for_status()
    return requests.Session()
