"""Tokens for the fleet API: OAuth2 client credentials at the identity provider (requests-oauthlib)."""
import os

import keyring
from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session

from spokewell import settings


def fetch_token(token_url=None, client_secret=None, scope=("rides:write",), allow_http=None, timeout=2):
    """A client-credentials token for the fleet service."""
    allow = settings.IDP_ALLOW_HTTP if allow_http is None else allow_http
    if allow:
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    else:
        os.environ.pop("OAUTHLIB_INSECURE_TRANSPORT", None)
    client = BackendApplicationClient(client_id=settings.IDP_CLIENT_ID, scope=list(scope))
    session = OAuth2Session(client=client, scope=list(scope))
    return session.fetch_token(
        token_url or settings.IDP_TOKEN_URL,
        client_secret=client_secret or settings.IDP_CLIENT_SECRET,
        timeout=timeout,
    )


def partner_token():
    """A token at the partner operator's identity provider (always over TLS in production)."""
    return fetch_token(settings.PARTNER_TOKEN_URL, allow_http=False)


def api_session(token):
    """A session that calls the fleet API with the token."""
    return OAuth2Session(settings.IDP_CLIENT_ID, token=token)


def list_rides(token, base_url=None):
    if settings.IDP_ALLOW_HTTP:
        os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"
    session = api_session(token)
    response = session.get(f"{base_url or settings.API_URL}/rides", timeout=2)
    response.raise_for_status()
    return response.json()


def stored_secret():
    """The fleet client's secret from the operator's keyring."""
    return keyring.get_password("spokewell", settings.IDP_CLIENT_ID)


def has_scope(token, scope):
    return scope in " ".join(token.get("scope", []))
