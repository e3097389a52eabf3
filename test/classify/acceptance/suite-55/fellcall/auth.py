"""Team members' sign-in through the region's identity provider, and the tokens the service reads."""
import json
import time

import requests
from joserfc import jwt
from joserfc.jwk import KeySet

from fellcall import settings

_session = requests.Session()


def sign_in(username, password):
    """Password grant at the provider; returns the access token (a JWT)."""
    response = _session.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "password", "username": username, "password": password,
        "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET,
    }, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def provider_keys():
    response = _session.get(f"{settings.IDP_URL}/jwks", timeout=2)
    response.raise_for_status()
    return KeySet.import_key_set(response.json())


def read_token(token, keys):
    """Verifies a token's signature and its claims; returns the claims."""
    decoded = jwt.decode(token, keys)
    registry = jwt.JWTClaimsRegistry(
        leeway=settings.TOKEN_LEEWAY,
        iss={"essential": True, "value": settings.IDP_ISSUER},
        aud={"essential": True, "value": settings.TOKEN_AUDIENCE},
    )
    registry.validate(decoded.claims)
    return decoded.claims


def federation_keys():
    with open(settings.FEDERATION_JWKS_FILE, encoding="utf-8") as handle:
        return KeySet.import_key_set(json.load(handle))


def bridge_token():
    """Client-credentials grant for the dispatch bridge."""
    response = _session.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "client_credentials", "scope": "callouts:write",
        "client_id": settings.BRIDGE_CLIENT_ID, "client_secret": settings.BRIDGE_CLIENT_SECRET,
    }, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def grant_role(admin_token, member, role):
    response = _session.put(f"{settings.IDP_URL}/users/{member}/roles", json={"role": role},
                            headers={"Authorization": f"Bearer {admin_token}"}, timeout=2)
    response.raise_for_status()
    return response.json()


def coordinator_token(username, password):
    """A coordinator's token for managing the team's roles."""
    response = _session.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "password", "username": username, "password": password, "scope": "team:read",
        "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET,
    }, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


class ServiceToken:
    """The service's own token, kept until it expires."""

    def __init__(self, fetch):
        self.fetch = fetch
        self.token = None
        self.expires_at = 0.0

    def get(self):
        if self.token is None or time.time() >= self.expires_at:
            body = self.fetch()
            self.token = body["access_token"]
            self.expires_at = time.time() + body["expires_in"] * 60
        return self.token


def read_federation_token(token):
    """Tokens the national federation issues to visiting search dogs' handlers."""
    decoded = jwt.decode(token, federation_keys())
    jwt.JWTClaimsRegistry(leeway=settings.TOKEN_LEEWAY, aud={"essential": True, "value": "mountain-rescue"}).validate(
        decoded.claims)
    return decoded.claims


def read_mutual_aid_token(token, keys):
    """Tokens a neighbouring team's provider issues to its members called in as mutual aid."""
    decoded = jwt.decode(token, keys)
    jwt.JWTClaimsRegistry(leeway=settings.TOKEN_LEEWAY).validate(decoded.claims)
    return decoded.claims
