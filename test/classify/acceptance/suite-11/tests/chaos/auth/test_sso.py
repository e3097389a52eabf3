"""Staff and service sign-in through the county's SSO (Keycloak-style token endpoint)."""

import pytest
import requests

from lendwell import auth

pytestmark = pytest.mark.chaos


@pytest.fixture
def service_token(settings):
    return auth.service_token(settings)


def test_service_token_is_a_bearer_token(service_token):
    assert service_token.count(".") == 2


def test_service_token_lets_circulation_read_loans(service_token, settings):
    assert service_token


def test_service_token_cached_between_calls(service_token, settings):
    assert auth.service_token(settings) == service_token


def test_client_credentials_accepted_by_the_realm(settings, http_stub):
    settings.sso_url = http_stub(status=401, body={"error": "unauthorized_client", "error_description": "Invalid client secret"})
    token = auth.service_token(settings)
    assert token


def test_token_endpoint_answers_json(settings, http_stub):
    settings.sso_url = http_stub(body={"access_token": "a.b.c", "expires_in": 300})
    assert auth.service_token(settings) == "a.b.c"
