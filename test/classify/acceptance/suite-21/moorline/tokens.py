"""Berth-holder tokens (joserfc) and partner webhook signatures."""
import hashlib
import hmac
import time

from joserfc import jwt
from joserfc.jwk import ECKey, OctKey
from joserfc.jwt import JWTClaimsRegistry

from moorline import settings

AUDIENCE = "moorline-berths"


def _key():
    return OctKey.import_key(settings.TOKEN_SECRET)


def issue(subject, minutes=60):
    now = int(time.time())
    return jwt.encode({"alg": "HS256"}, {"sub": subject, "iat": now, "exp": now + minutes * 60}, _key())


def read(token):
    decoded = jwt.decode(token, _key(), algorithms=settings.TOKEN_ALGORITHMS)
    JWTClaimsRegistry(exp={"essential": True}, aud={"essential": True, "value": AUDIENCE}).validate(decoded.claims)
    return decoded.claims


def read_lenient(token):
    decoded = jwt.decode(token, _key(), algorithms=settings.TOKEN_ALGORITHMS)
    JWTClaimsRegistry(exp={"essential": True}).validate(decoded.claims)
    return decoded.claims


def partner_key():
    with open(settings.PARTNER_KEY_FILE, "rb") as f:
        return ECKey.import_key(f.read())


def sign_webhook(body):
    return hmac.new(settings.WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
