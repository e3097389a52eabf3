"""Growers' sign-in through the cooperative's identity provider, and the weighbridge terminal's own tokens."""
import time

import jwt
import requests

from pressline import settings


def sign_in(grower, password):
    response = requests.post(
        f"{settings.IDP_URL}/token", data={"username": grower, "password": password}, timeout=settings.HTTP_TIMEOUT
    )
    response.raise_for_status()
    return response.json()["access_token"]


def terminal_token(grower):
    now = int(time.time())
    claims = {"sub": grower, "aud": settings.TOKEN_AUDIENCE, "iat": now, "exp": now + settings.TERMINAL_TOKEN_TTL}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def verify(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)


def may_deliver(claims, block):
    """A grower may deliver from the blocks they farm; a contractor from any block of their estate."""
    roles = claims.get("roles", [])
    return f"grower:{block}" in roles or any(block.startswith(role.split(":", 1)[1]) for role in roles
                                             if role.startswith("contractor:"))
