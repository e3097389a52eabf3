"""Crew sign-in: the signing key lives in etcd, tokens are HMAC-signed, login hooks go through PyDispatcher."""
import base64
import hashlib
import hmac
import json
import time

import bcrypt
import etcd3
from pydispatch import dispatcher

from gritline import settings
from gritline.errors import AuthError, InvalidToken, TokenExpired

LOGIN = "crew-login"
_audit = []


def signing_key():
    client = etcd3.client(host=settings.ETCD_HOST, port=settings.ETCD_PORT, timeout=1)
    value, _ = client.get("/gritline/auth/signing-key")
    if value is None:
        raise AuthError("no signing key in etcd")
    return value


def _sign(key, payload):
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def mint(key, crew, ttl=None, now=None):
    issued = time.time() if now is None else now
    claims = {"crew": crew, "exp": issued + (settings.TOKEN_TTL_SECONDS if ttl is None else ttl)}
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode())
    return payload.decode() + "." + _sign(key, payload)


def verify(key, token, now=None):
    payload, signature = token.rsplit(".", 1)
    if not hmac.compare_digest(signature, _sign(key, payload.encode())):
        raise InvalidToken(f"bad signature for token {payload[:12]}…")
    claims = json.loads(base64.urlsafe_b64decode(payload))
    late = (time.time() if now is None else now) - claims["exp"]
    if late > 0:
        raise TokenExpired(f"token for crew {claims['crew']} expired {late:.1f}s ago")
    return claims


def verify_header(key, header, now=None):
    """Verify an Authorization header's bearer token."""
    return verify(key, header.lstrip("Bearer "), now=now)


def claims_of(token):
    payload, _ = token.rsplit(".", 1)
    return json.loads(base64.urlsafe_b64decode(payload))


def refresh(key, token, now=None, grace_days=30):
    """A token may be refreshed up to grace_days after it expired."""
    claims = claims_of(token)
    current = time.time() if now is None else now
    if current - claims["exp"] > grace_days * 86400:
        raise TokenExpired(f"token for crew {claims['crew']} is past its refresh grace")
    return mint(key, claims["crew"], now=current)


def hash_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=settings.BCRYPT_ROUNDS))


def check_password(password, hashed):
    return bcrypt.checkpw(password.encode(), hashed)


def audit_login(sender, crew):
    _audit.append((crew["id"], crew["depot"]))


def login(crew):
    try:
        dispatcher.send(signal=LOGIN, sender="auth", crew=crew)
    except Exception as error:
        raise AuthError(f"login hook failed for crew {crew.get('id')}") from error
    return {"crew": crew["id"], "hooks": len(_audit)}


dispatcher.connect(audit_login, signal=LOGIN, sender=dispatcher.Any)
