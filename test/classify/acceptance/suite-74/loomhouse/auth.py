"""Sign-in for weavers, foremen and managers: HMAC tokens, scopes, roles, a lockout."""
import base64
import collections
import hashlib
import hmac
import json
import random
import time

from loomhouse import settings

DEFAULT_KEY = b"loomhouse-dev-key"
ROLES = {"weaver": 1, "foreman": 2, "manager": 3}
APPROVERS = ("foreman", "manager")
LOCKOUT_AFTER = 3

_failures = collections.Counter()


class TokenError(Exception):
    pass


class TokenExpired(TokenError):
    pass


class Forbidden(Exception):
    pass


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue(subject, role="weaver", scopes=("looms:read",), ttl=60, key=DEFAULT_KEY, now=None):
    now = time.time() if now is None else now
    claims = {
        "sub": subject,
        "role": role,
        "scopes": list(scopes),
        "iat": int(now),
        "exp": int(now + ttl),
        "nonce": random.randint(0, 9999),
    }
    signing = _b64(json.dumps({"alg": "HS256"}).encode()) + "." + _b64(json.dumps(claims).encode())
    signature = hmac.new(key, signing.encode(), hashlib.sha256).digest()
    return signing + "." + _b64(signature)


def verify(token, key=DEFAULT_KEY, now=None):
    now = time.time() if now is None else now
    head, body, signature = token.split(".")
    header = json.loads(_unb64(head))
    if header.get("alg") != "none":
        expected = hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(signature)):
            raise TokenError("signature does not match")
    claims = json.loads(_unb64(body))
    if claims["exp"] < now:
        raise TokenExpired(f"expired at {claims['exp']}")
    return claims


def refresh(token, key=DEFAULT_KEY, now=None):
    head, body, _ = token.split(".")
    claims = json.loads(_unb64(body))
    return issue(claims["sub"], claims["role"], claims["scopes"], key=key, now=now)


def require_scope(claims, scope):
    if scope not in claims["scope"].split():
        raise Forbidden(f"missing scope {scope}")


def require_role(claims, role):
    if ROLES[claims["role"]] < ROLES[role]:
        raise Forbidden(f"{claims['role']} is not {role}")


def approve_bolt(claims, bolt):
    if claims["role"] not in APPROVERS:
        raise Forbidden("only foremen approve bolts")
    return {"bolt": bolt, "approved_by": claims["sub"]}


def token_ttl():
    return int(settings.load_ini("tokens.ini")["tokens"]["ttl"])


def rotation_keys():
    return [settings.signing_key(), DEFAULT_KEY]


def verify_any(token, keys):
    for key in keys:
        try:
            return verify(token, key)
        except TokenError as error:
            last = error
    raise last


def hash_password(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password, salt, 1000).hex()


def record_failure(user):
    _failures[user] += 1


def locked(user):
    return _failures[user] >= LOCKOUT_AFTER
