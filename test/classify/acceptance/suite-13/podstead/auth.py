"""Listener and creator tokens (JWTs from the identity provider), and the service's own client credentials."""
import time

import requests
from jose import jwt
from oauthlib.oauth2 import BackendApplicationClient

from podstead import settings

SESSION_ALGORITHMS = ["HS512"]


def public_key():
    with open(settings.JWT_PUBLIC_KEY) as handle:
        return handle.read()


def verify(token, key):
    return jwt.decode(token, key, algorithms=["RS256"], audience=settings.JWT_AUDIENCE,
                      options={"leeway": settings.JWT_LEEWAY})


def sign_session(member_id, secret, ttl=900):
    now = int(time.time())
    return jwt.encode({"sub": str(member_id), "iat": now, "exp": now + ttl}, secret, algorithm="HS256")


def verify_session(token, secret):
    return jwt.decode(token, secret, algorithms=SESSION_ALGORITHMS)


def token_request():
    client = BackendApplicationClient(client_id="podstead-api")
    return client.prepare_token_request(settings.IDP_TOKEN_URL, scope=["catalog:write"])


def fetch_service_token(url=None):
    response = requests.post(url or settings.IDP_TOKEN_URL, data={"grant_type": "client_credentials"},
                             auth=("podstead-api", "s3cret"), timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]
