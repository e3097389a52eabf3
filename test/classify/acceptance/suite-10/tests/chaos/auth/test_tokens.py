"""Customers' and couriers' access tokens, partners' tokens and tracking links."""

import jwt
import pytest
from freezegun import freeze_time

from hotbox import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def courier_token():
    with freeze_time("2026-11-30 08:00:00"):
        return auth.issue_token(7, "courier", ttl=8 * 3600)


@pytest.mark.parametrize("role", ["customer", "courier", "restaurant", "support"])
def test_token_round_trip(role):
    claims = auth.verify_token(auth.issue_token("u-1", role))
    assert claims["role"] == role


def test_tampered_token_is_refused():
    token = auth.issue_token("u-1", "customer")
    with pytest.raises(jwt.InvalidSignatureError):
        auth.verify_token(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))


def test_courier_shift_token_is_valid_for_the_shift(courier_token):
    assert auth.verify_token(courier_token)["sub"] == "7"


def test_partner_token_from_a_restaurant():
    token = jwt.encode({"sub": "pizzeria-uno", "aud": "hotbox"}, "not-the-key", algorithm="HS256")
    with pytest.raises(jwt.InvalidAlgorithmError):
        auth.verify_partner_token(token)


def test_tracking_link_names_the_order():
    link = auth.tracking_link(1001)
    assert auth.read_tracking_link(link) == 1001
