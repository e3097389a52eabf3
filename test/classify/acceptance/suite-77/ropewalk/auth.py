"""Sign-in of rope makers, riggers and buyers: HMAC tokens, the registry's API key, TLS for the chandlers' link."""
import base64
import hashlib
import hmac
import json
import os
import ssl
import time
from pathlib import Path

import requests

from ropewalk import settings


class TokenError(Exception):
    pass


class TokenExpired(TokenError):
    pass


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def signing_key():
    path = settings.ROOT / settings.service()["auth"]["signing_key_file"]
    return path.read_bytes().strip()


def _key():
    return os.environ.get("ROPEWALK_DEV_KEY", "dev-key-only-for-tests").encode()


def issue(subject, role, ttl=None, scopes=("read",), key=None):
    if ttl is None:
        ttl = settings.service()["auth"]["token_ttl"]
    claims = {"sub": subject, "role": role, "scopes": list(scopes), "iss": "ropewalk", "exp": time.time() + ttl}
    body = _b64(json.dumps(claims, sort_keys=True).encode())
    signature = _b64(hmac.new(key or _key(), body.encode(), hashlib.sha256).digest())
    return f"{body}.{signature}"


def verify(token, key=None):
    try:
        body, signature = token.split(".")
    except ValueError:
        raise TokenError("malformed token") from None
    expected = _b64(hmac.new(key or _key(), body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(signature, expected):
        raise TokenError("bad signature")
    claims = json.loads(_unb64(body))
    if claims["exp"] < time.time():
        raise TokenExpired(f"expired at {claims['exp']}")
    return claims


def has_scope(claims, scope):
    return scope in claims["scopes"]


def tenant():
    return os.environ.get("ROPEWALK_TENANT", "main")


def whoami(base_url, api_key=None):
    key = api_key or os.environ["ROPEWALK_API_KEY"]
    response = requests.get(f"{base_url}/whoami", headers={"Authorization": f"Bearer {key}"}, timeout=5)
    response.raise_for_status()
    return response.json()


def plants_admin(base_url):
    key = os.environ["ROPEWALK_ADMIN_KEY"]
    response = requests.get(f"{base_url}/admin/plants", headers={"Authorization": f"Bearer {key}"}, timeout=5)
    response.raise_for_status()
    return response.json()


def client_context():
    tls = settings.service()["tls"]
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.load_cert_chain(settings.ROOT / tls["client_cert"], settings.ROOT / tls["client_key"])
    return context


def chandler_context():
    tls = settings.service()["tls"]
    return ssl.create_default_context(cafile=tls["ca_bundle"])


def developer_credentials():
    path = Path.home() / ".ropewalk" / "credentials.json"
    with open(path) as handle:
        return json.load(handle)
