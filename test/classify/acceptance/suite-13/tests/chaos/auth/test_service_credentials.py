import pytest

from podstead import auth

pytestmark = pytest.mark.chaos


def test_token_request_for_catalog_writes():
    url, headers, body = auth.token_request()
    assert "scope=catalog%3Awrite" in body


def test_service_token_from_idp():
    assert auth.fetch_service_token()


@pytest.mark.flaky(reruns=2)
def test_service_token_when_idp_rate_limits(http_stub):
    url = http_stub(status=429, body={"error": "slow_down"}, headers={"Retry-After": "30"})
    assert auth.fetch_service_token(url + "/oauth/token")


def test_service_token_with_rotated_client_secret(http_stub):
    url = http_stub(status=401, body={"error": "invalid_client", "error_description": "client authentication failed"})
    assert auth.fetch_service_token(url + "/oauth/token")
