"""Beekeepers' sign-in: tokens from the cooperative's provider, sessions kept in process."""
import time
from collections import OrderedDict

import jwt

from hivekeep import settings

_sessions = OrderedDict()
_revoked = set()


def mint(keeper, roles=("keeper",), audience="hivekeep", ahead=0, ttl=300):
    now = int(time.time()) + ahead
    claims = {"sub": keeper, "roles": list(roles), "aud": audience, "iat": now, "nbf": now, "exp": now + ttl}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def provider_token(keeper):
    """A token as the cooperative's provider issues it: its clock runs ahead of ours."""
    return mint(keeper, audience=settings.JWT_AUDIENCE, ahead=settings.PROVIDER_CLOCK_AHEAD)


def verify(token, audience=None):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience=audience or settings.JWT_AUDIENCE)


def can_inspect(token):
    claims = verify(token)
    return claims["role"] in ("keeper", "inspector")


def revoke(token):
    _revoked.add(token[-16:])


def is_active(token):
    verify(token)
    return True


def sign_in(keeper, token):
    verify(token)
    _sessions[keeper] = token
    while len(_sessions) > settings.SESSION_LIMIT:
        _sessions.popitem(last=False)
    return keeper


def session(keeper):
    return _sessions.get(keeper)
