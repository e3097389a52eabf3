"""Field crews sign in to the handhelds through the utility's RADIUS server (pyrad); the customer portal's
session tokens are signed with a key from a file."""

import hashlib
import hmac
import os
import time

from pyrad import packet
from pyrad.client import Client
from pyrad.dictionary import Dictionary

from rillmark import settings

_DICT = os.path.join(os.path.dirname(__file__), "data", "radius.dict")


def radius_client():
    secret = settings.RADIUS_SECRET.encode() if settings.RADIUS_SECRET else None
    client = Client(server=settings.RADIUS_HOST, authport=settings.RADIUS_PORT, secret=secret, dict=Dictionary(_DICT))
    client.timeout = 1
    client.retries = 1
    return client


def crew_login(user, password):
    client = radius_client()
    request = client.CreateAuthPacket(code=packet.AccessRequest, User_Name=user, NAS_Identifier="handheld")
    request["User-Password"] = request.PwCrypt(password)
    reply = client.SendPacket(request)
    return reply.code == packet.AccessAccept


def _portal_key():
    with open(settings.PORTAL_KEY_FILE, "rb") as handle:
        return handle.read().strip()


def portal_token(account, now=None, ttl=900):
    expires = int(now or time.time()) + ttl
    body = f"{account}.{expires}"
    signature = hmac.new(_portal_key(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{signature}"


class TokenExpired(Exception):
    pass


def check_portal_token(token, now=None):
    account, expires, signature = token.rsplit(".", 2)
    body = f"{account}.{expires}"
    expected = hmac.new(_portal_key(), body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        raise ValueError("bad signature")
    if int(expires) < int(now or time.time()):
        raise TokenExpired(f"portal token for {account} expired at {expires}")
    return account
