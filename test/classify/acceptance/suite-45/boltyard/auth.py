"""Counter staff sign-in: OAuth2 against the chain's identity provider, access tokens, roles and the session key."""
import hashlib
import hmac

import bcrypt
import jwt
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from boltyard import settings


class PermissionDenied(Exception):
    pass


ROLES = {
    "yard_hand": {"kit:check_in"},
    "counter": {"kit:check_in", "hires:open"},
    "depot_manager": {"kit:check_in", "hires:open", "hires:extnd", "deposits:refund"},
}


def _session():
    session = requests.Session()
    retries = Retry(total=2, backoff_factor=0.05, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retries))
    return session


def client_token(base=None, secret=None, timeout=1.0):
    """The client-credentials grant the counter service signs in with."""
    response = _session().post(f"{base or settings.IDP_URL}/oauth2/token", timeout=timeout,
                               data={"grant_type": "client_credentials", "client_id": settings.CLIENT_ID,
                                     "client_secret": secret if secret is not None else settings.CLIENT_SECRET})
    response.raise_for_status()
    return response.json()


def refresh(refresh_token, base=None):
    response = requests.post(f"{base or settings.IDP_URL}/oauth2/token", timeout=1.0,
                             data={"grant_type": "refresh_token", "refresh_token": refresh_token,
                                   "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET})
    response.raise_for_status()
    return response.json()


def read_access_token(token, public_key):
    return jwt.decode(token, public_key, algorithms=["RS256"], audience=settings.TOKEN_AUDIENCE,
                      leeway=settings.TOKEN_LEEWAY_SECONDS)


def session_key():
    with open(settings.SESSION_SECRET_FILE, "rb") as key:
        return key.read().strip()


def sign_webhook(body):
    """Signs a hire event for the trade portal's webhook."""
    return hmac.new(settings.WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def check_pin(pin, stored_hash):
    return bcrypt.checkpw(pin, stored_hash)


def require(claims, permission):
    if permission not in ROLES.get(claims["role"], set()):
        raise PermissionDenied(f"{claims['sub']} ({claims['role']}) may not {permission}")
