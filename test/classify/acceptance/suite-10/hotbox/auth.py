"""Access tokens, the identity provider's service tokens, partner tokens and tracking links."""

import time

import jwt
import requests
from itsdangerous import URLSafeTimedSerializer

from hotbox.settings import load


def issue_token(subject, role, ttl=900, now=None):
    settings = load()
    issued = int(now if now is not None else time.time())
    claims = {"sub": str(subject), "role": role, "iat": issued, "exp": issued + ttl}
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")


def verify_token(token):
    return jwt.decode(token, load().jwt_secret, algorithms=["HS256"])


def service_token():
    """A client-credentials token from the identity provider, for calls between services."""
    settings = load()
    response = requests.post(
        f"{settings.idp_url}/protocol/openid-connect/token",
        data={"grant_type": "client_credentials", "client_id": settings.idp_client_id,
              "client_secret": settings.idp_client_secret},
        timeout=settings.http_timeout,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def verify_partner_token(token):
    """Restaurant partners sign with RS256; their public key is mounted from the secret store."""
    settings = load()
    with open(settings.jwt_public_key_file, "rb") as handle:
        key = handle.read()
    return jwt.decode(token, key, algorithms=["RS256"], audience="hotbox")


def tracking_link(order_id):
    token = URLSafeTimedSerializer(load().tracking_secret, salt="order-tracking").dumps({"order": order_id})
    return f"https://track.hotbox.test/t/{token}"


def read_tracking_link(link, max_age=3600):
    token = link.rsplit("/", 1)[-1]
    return URLSafeTimedSerializer(load().tracking_secret, salt="tracking").loads(token, max_age=max_age)["order"]
