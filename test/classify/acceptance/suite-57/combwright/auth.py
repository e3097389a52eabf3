"""Inspectors' sign-in at the association's identity provider, and the tokens the service signs."""
import time

import requests
from joserfc import jwt
from joserfc.jwk import OctKey

from combwright import settings

_key = OctKey.import_key(settings.TOKEN_SECRET)


def sign_in(username, password):
    response = requests.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "password", "username": username, "password": password,
    }, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


def mint(sub, lifetime=None):
    now = int(time.time())
    claims = {"sub": sub, "iat": now, "exp": now + (lifetime or settings.TOKEN_LIFETIME)}
    return jwt.encode({"alg": "HS256"}, claims, _key)


def verify(token):
    decoded = jwt.decode(token, _key)
    jwt.JWTClaimsRegistry(exp={"essential": True}).validate(decoded.claims)
    return decoded.claims
