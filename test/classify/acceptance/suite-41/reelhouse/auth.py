"""Staff sign-in: OpenID Connect against the chain's identity provider, our own box-office sessions, roles and API keys."""
import datetime

import httpx
import jwt
import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_fixed

from reelhouse import settings


class PermissionDenied(Exception):
    pass


class LoginThrottled(Exception):
    pass


ROLES = {
    "usher": {"tickets:scan"},
    "cashier": {"tickets:scan", "tickets:sell"},
    "duty_manager": {"tickets:scan", "tickets:sell", "tickets:refnud", "shows:cancel"},
}


def discover(issuer=None, timeout=1.0):
    """Reads the provider's OpenID configuration."""
    response = httpx.get(f"{issuer or settings.ISSUER_URL}/.well-known/openid-configuration", timeout=timeout)
    response.raise_for_status()
    return response.json()


@retry(stop=stop_after_attempt(3), wait=wait_fixed(0.05), retry=retry_if_exception_type(httpx.HTTPStatusError))
def key_set(jwks_uri):
    response = httpx.get(jwks_uri, timeout=1.0)
    response.raise_for_status()
    return response.json()


def client_secret():
    with open(settings.CLIENT_SECRET_FILE) as secret:
        return secret.read().strip()


def password_grant(token_url, username, password, secret="staff-client-secret"):
    """Signs a till in with the staff member's own password (the tills have no browser)."""
    response = requests.post(token_url, data={"grant_type": "password", "username": username, "password": password,
                                              "client_id": settings.CLIENT_ID, "client_secret": secret}, timeout=1.0)
    if response.status_code == 429:
        raise LoginThrottled(f"provider throttled sign-in for {username}: retry after {response.headers.get('Retry-After')} s")
    response.raise_for_status()
    return response.json()


def refresh(token_url, refresh_token, secret="staff-client-secret"):
    response = requests.post(token_url, data={"grant_type": "refresh_token", "refresh_token": refresh_token,
                                              "client_id": settings.CLIENT_ID, "client_secret": secret}, timeout=1.0)
    response.raise_for_status()
    return response.json()


def read_access_token(token, key):
    return jwt.decode(token, key, algorithms=["RS256"], audience=settings.CLIENT_ID)


def issue_session(staff, role, minutes=None):
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    lifetime = datetime.timedelta(minutes=settings.SESSION_MINUTES if minutes is None else minutes)
    claims = {"sub": staff, "role": role, "aud": settings.SESSION_AUDIENCE, "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, settings.SESSION_SECRET, algorithm="HS256")


def read_session(token):
    return jwt.decode(token, settings.SESSION_SECRET, algorithms=["HS256"], audience=settings.SESSION_AUDIENCE)


def require(claims, permission):
    if permission not in ROLES.get(claims["role"], set()):
        raise PermissionDenied(f"{claims['sub']} ({claims['role']}) may not {permission}")
