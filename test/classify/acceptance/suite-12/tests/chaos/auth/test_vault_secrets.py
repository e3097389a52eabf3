import pytest

from kerbside import auth, vault

pytestmark = pytest.mark.chaos


@pytest.fixture
def signing_key():
    return vault.signing_key()


def test_token_round_trip(signing_key):
    token = auth.issue_token(signing_key, 900001)
    assert auth.read_token(signing_key, token)["sub"] == "900001"


def test_token_rejected_with_other_key(signing_key):
    token = auth.issue_token("another-key", 900001)
    with pytest.raises(Exception):
        auth.read_token(signing_key, token)


def test_signing_key_is_long_enough(signing_key):
    assert len(signing_key) >= 32


def test_token_lifetime_is_fifteen_minutes(signing_key):
    token = auth.issue_token(signing_key, 900002, now=1_800_000_000)
    claims = auth.read_token(signing_key, token, now=1_800_000_100)
    assert claims["exp"] - claims["iat"] == 900


def test_sealed_vault(http_stub):
    url = http_stub(503, {"errors": ["Vault is sealed"]})
    assert vault.read("kerbside/payments", vault.client(url=url))["api_key"]


def test_payments_secret_readable_with_service_token(http_stub):
    url = http_stub(403, {"errors": ["1 error occurred:\n\t* permission denied\n\n"]})
    assert vault.read("kerbside/payments", vault.client(url=url))["api_key"]
