"""Calls between services with a client-credentials token from the identity provider (Keycloak)."""

import pytest

from hotbox import auth

pytestmark = pytest.mark.chaos


@pytest.fixture
def service_token():
    return auth.service_token()


def test_service_token_is_a_jwt(service_token):
    assert service_token.count(".") == 2


def test_service_token_reaches_the_restaurants_api(service_token):
    assert service_token


def test_service_token_refreshed_before_expiry(service_token):
    assert service_token != auth.service_token()
