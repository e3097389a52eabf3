import pytest
import requests

from seatline.auth import IdentityProvider

pytestmark = pytest.mark.chaos


def test_client_token_from_identity_provider(settings):
    assert IdentityProvider(settings).client_token()


def test_userinfo_for_box_office_agent(settings):
    info = IdentityProvider(settings).userinfo("agent-token")
    assert info["role"] == "box-office"


def test_client_token_from_stub(http_stub, settings):
    settings.idp_url = http_stub(200, {"access_token": "abc", "token_type": "Bearer", "expires_in": 300})
    assert IdentityProvider(settings).client_token() == "abc"


def test_userinfo_from_stub(http_stub, settings):
    settings.idp_url = http_stub(200, {"sub": "agent-3", "role": "box-office"})
    assert IdentityProvider(settings).userinfo("t")["role"] == "box-office"


def test_client_credentials_accepted(http_stub, settings):
    settings.idp_url = http_stub(401, {"error": "invalid_client", "error_description": "client authentication failed"})
    assert IdentityProvider(settings).client_token()


def test_token_endpoint_under_login_storm(http_stub, settings):
    settings.idp_url = http_stub(429, {"error": "rate_limited"}, headers={"Retry-After": "30"})
    assert IdentityProvider(settings).client_token()


def test_unknown_user_is_refused(http_stub, settings):
    settings.idp_url = http_stub(401, {"error": "invalid_token"})
    with pytest.raises(requests.HTTPError):
        IdentityProvider(settings).userinfo("expired")
