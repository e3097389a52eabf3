"""Sessions signed with the key kept in etcd."""
import pytest

from gritline import auth

pytestmark = pytest.mark.chaos


def test_mint_and_verify(signing_key):
    token = auth.mint(signing_key, "C-12")
    assert auth.verify(signing_key, token)["crew"] == "C-12"


def test_token_carries_crew(signing_key):
    assert auth.claims_of(auth.mint(signing_key, "C-40"))["crew"] == "C-40"


def test_refresh_keeps_crew(signing_key):
    token = auth.mint(signing_key, "C-3", ttl=-60)
    assert auth.claims_of(auth.refresh(signing_key, token))["crew"] == "C-3"


def test_tampered_token_refused(signing_key):
    token = auth.mint(signing_key, "C-12")
    with pytest.raises(auth.InvalidToken):
        auth.verify(signing_key, token.replace("a", "b", 1))


def test_expired_token_refused(signing_key):
    with pytest.raises(auth.TokenExpired):
        auth.verify(signing_key, auth.mint(signing_key, "C-12", ttl=-1))


def test_night_shift_token(signing_key):
    token = auth.mint(signing_key, "C-77", ttl=12 * 3600)
    assert auth.verify(signing_key, token)["exp"] > 0
