"""Sign-in: tokens from the identity provider (RS256 JWTs, keys from its JWKS), sessions, CSRF, passwords."""
import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import urllib.parse
import urllib.request

import jwt

from . import net
from .settings import env, peer_url, settings


class ScopeError(Exception):
    pass


class CsrfError(Exception):
    pass


_jwks = {}


def provider(tenant="main"):
    return f"{peer_url('idp')}/t/{tenant}"


def fetch_token(tenant="main", scope="pilots:read", secret=None):
    secret = env("TIDEMARK_CLIENT_SECRET") if secret is None else secret
    form = {"client_id": settings["auth"]["client_id"], "client_secret": secret, "scope": scope}
    req = urllib.request.Request(f"{provider(tenant)}/token", data=urllib.parse.urlencode(form).encode())
    with urllib.request.urlopen(req, timeout=settings["http"]["timeout"]) as resp:
        return json.loads(resp.read())["access_token"]


def signing_key(tenant, kid):
    """The public key for kid, from the provider's JWKS, fetched once per tenant."""
    if tenant not in _jwks:
        keys = net.get_json(f"{provider(tenant)}/jwks")["keys"]
        _jwks[tenant] = {key["kid"]: jwt.PyJWK(key).key for key in keys}
    return _jwks[tenant][kid]


def verify(token, tenant="main", audience=None):
    kid = jwt.get_unverified_header(token)["kid"]
    return jwt.decode(
        token,
        signing_key(tenant, kid),
        algorithms=["RS256"],
        audience=audience or settings["auth"]["audience"],
        issuer=provider(tenant),
        leeway=settings["auth"]["leeway_seconds"],
    )


def bearer(headers):
    value = headers["authorization"]
    if not value.startswith("Bearer "):
        raise ValueError("not a bearer token")
    return value[6:]


def scopes(claims):
    return set(claims.get("scope", "").split(","))


def require_scope(claims, needed):
    if needed not in scopes(claims):
        raise ScopeError(f"token lacks scope {needed!r} (has {sorted(scopes(claims))})")


# Sessions and CSRF: HMAC-signed, the key from TIDEMARK_SESSION_KEY.
def _key():
    return env("TIDEMARK_SESSION_KEY", "").encode()


def sign(payload):
    body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).decode()
    mac = hmac.new(_key(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{mac}"


def unsign(value, max_age=None):
    body, mac = value.rsplit(".", 1)
    if not hmac.compare_digest(mac, hmac.new(_key(), body.encode(), hashlib.sha256).hexdigest()):
        raise ValueError("bad session signature")
    payload = json.loads(base64.urlsafe_b64decode(body))
    age = time.time() - payload["at"]
    if age > (max_age or settings["auth"]["session_ttl_seconds"]):
        raise ValueError(f"session expired {age:.0f}s ago")
    return payload


def open_session(user):
    return sign({"user": user, "at": time.time(), "sid": secrets.token_hex(8)})


def csrf_token(session):
    sid = unsign(session)["sid"]
    return hmac.new(_key(), f"{sid}:{time.time():.0f}".encode(), hashlib.sha256).hexdigest()


def check_csrf(session, token):
    if not hmac.compare_digest(csrf_token(session), token):
        raise CsrfError("CSRF token does not match the session")


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, settings["auth"]["hash_iterations"])
    return salt + digest


def hash_password_scrypt(password, salt=b"tidemark"):
    return hashlib.scrypt(password.encode(), salt=salt, n=settings["auth"]["scrypt_n"], r=8, p=1)


def check_password(password, stored):
    return hmac.compare_digest(hash_password(password, stored[:16]), stored)
