import time

import pytest

from fellcall import auth, settings

pytestmark = pytest.mark.chaos


def fetch_service_token():
    import requests
    response = requests.post(f"{settings.IDP_URL}/token", data={
        "grant_type": "client_credentials", "client_id": settings.CLIENT_ID, "client_secret": settings.CLIENT_SECRET,
    }, timeout=2)
    response.raise_for_status()
    return response.json()


def test_service_token_is_reused():
    holder = auth.ServiceToken(fetch_service_token)
    assert holder.get() == holder.get()


def test_service_token_refreshed_after_expiry():
    holder = auth.ServiceToken(fetch_service_token)
    holder.get()
    time.sleep(3.2)
    claims = auth.read_token(holder.get(), auth.provider_keys())
    assert claims["sub"] == settings.CLIENT_ID
