"""Member sign-in: the OAuth authorization-code flow against the chain's identity provider, and our own sessions."""
import datetime
import hmac

import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from deskhive import settings


class PermissionDenied(Exception):
    pass


def _session(retries):
    session = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.05, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def exchange_code(code, base=None, retries=0, timeout=1.0):
    """Trades an authorization code for the provider's tokens."""
    response = _session(retries).post(
        f"{base or settings.PROVIDER_URL}/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": settings.REDIRECT_URI,
            "client_id": settings.CLIENT_ID,
            "client_secret": settings.CLIENT_SECRET,
        },
        timeout=timeout,
    )
    response.raise_for_status()
    return response.json()


def provider_keys(base):
    response = requests.get(f"{base}/oauth2/jwks", timeout=1.0)
    response.raise_for_status()
    return {key["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(key) for key in response.json()["keys"]}


def read_id_token(id_token, keys):
    kid = jwt.get_unverified_header(id_token)["kid"]
    return jwt.decode(id_token, keys[kid], algorithms=["RS256"], audience=settings.CLIENT_ID, leeway=settings.TOKEN_LEEWAY)


def issue_session(member, scopes, lifetime=900):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    claims = {"sub": member, "scope": " ".join(scopes), "aud": settings.SESSION_AUDIENCE, "iat": now,
              "exp": now + datetime.timedelta(seconds=lifetime)}
    return jwt.encode(claims, settings.SESSION_SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.SESSION_SECRET, algorithms=["HS256"], audience=settings.SESSION_AUDIENCE)


def read_door_session(token):
    return jwt.decode(token, settings.SESSION_SECRET, algorithms=["HS256"], audience="deskhive-doors")


def require_scope(claims, scope):
    if scope not in claims["scope"].split(","):
        raise PermissionDenied(f"{claims['sub']} lacks scope {scope!r}")


def check_api_key(presented, stored_digest):
    return hmac.compare_digest(presented, stored_digest)


def signing_key():
    with open(settings.SIGNING_KEY_FILE, "rb") as key_file:
        return key_file.read()
