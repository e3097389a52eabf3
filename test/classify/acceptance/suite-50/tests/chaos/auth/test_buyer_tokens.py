import time

import pytest

from combwright import auth

pytestmark = pytest.mark.chaos

SECRET = "test-secret"


@pytest.fixture(scope="module")
def market_token():
    return auth.buyer_token("market", secret=SECRET, seconds=1)


def test_buyer_token_round_trip():
    token = auth.buyer_token("bee-shop", secret=SECRET)
    assert auth.buyer_of(token, secret=SECRET) == "bee-shop"


def test_buyer_token_without_audience_check():
    token = auth.buyer_token("bee-shop", secret=SECRET)
    assert auth.buyer_of_unchecked_audience(token, SECRET) == "bee-shop"


def test_buyer_token_issued_with_settings():
    assert auth.buyer_token("farm-gate").count(".") == 2


def test_market_token_fresh(market_token):
    assert auth.buyer_of_unchecked_audience(market_token, SECRET) == "market"


def test_market_token_after_packing(market_token):
    time.sleep(1.2)  # packing the market's order
    assert auth.buyer_of_unchecked_audience(market_token, SECRET) == "market"
