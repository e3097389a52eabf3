import pytest

from fellcall import auth

pytestmark = pytest.mark.chaos


def test_bridge_token_for_callouts():
    token = auth.bridge_token()
    assert token.count(".") == 2


def test_bridge_token_scope():
    token = auth.bridge_token()
    claims = auth.read_token(token, auth.provider_keys())
    assert claims["scope"] == "callouts:write"
