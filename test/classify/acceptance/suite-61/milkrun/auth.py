"""Drivers' sign-in, the service's client at the cooperative's gateway, tanker tablets' tokens and shift tokens."""
import time

import jwt
import requests

from milkrun import settings


def sign_in(driver, password):
    response = requests.post(
        f"{settings.IDP_URL}/token", data={"username": driver, "password": password}, timeout=settings.HTTP_TIMEOUT
    )
    response.raise_for_status()
    return response.json()["access_token"]


def coop_access_token(gateway):
    response = requests.post(
        f"{gateway}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": settings.COOP_CLIENT_ID,
            "client_secret": settings.COOP_CLIENT_SECRET,
        },
        timeout=settings.HTTP_TIMEOUT,
    )
    if response.status_code == 401:
        body = response.json()
        raise PermissionError(
            f"co-op gateway refused client {settings.COOP_CLIENT_ID}: {body['error']} ({body['error_description']})"
        )
    response.raise_for_status()
    return response.json()["access_token"]


def farm_register(gateway, region):
    token = coop_access_token(gateway)
    response = requests.get(
        f"{gateway}/farms", params={"region": region}, headers={"Authorization": f"Bearer {token}"},
        timeout=settings.HTTP_TIMEOUT,
    )
    response.raise_for_status()
    return response.json()


def verify_tablet(token):
    return jwt.decode(
        token, settings.TABLET_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE,
        leeway=settings.TOKEN_LEEWAY,
    )


def verify(token):
    return jwt.decode(token, settings.TABLET_SECRET, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)


class ShiftTokens:
    """The shift token a driver's tablet carries through a round, minted again when it runs out."""

    def __init__(self):
        self.token = None
        self.expires_at = 0.0

    def current(self, driver):
        if self.token is None or self.expires_at <= time.monotonic():
            now = int(time.time())
            claims = {"sub": driver, "aud": settings.TOKEN_AUDIENCE, "iat": now, "exp": now + settings.SHIFT_TOKEN_TTL}
            self.token = jwt.encode(claims, settings.TABLET_SECRET, algorithm="HS256")
            self.expires_at = now + settings.SHIFT_TOKEN_TTL
        return self.token
