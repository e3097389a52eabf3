import time

import pytest

from crumbline import auth

pytestmark = pytest.mark.chaos

SECRET = "courier-test-secret"


@pytest.fixture(scope="module")
def courier_token():
    return auth.courier_token("courier-12", seconds=1, secret=SECRET)


def test_courier_route(courier_token):
    assert auth.verify_courier(courier_token, SECRET)["sub"] == "courier-12"


def test_courier_drop_off(courier_token):
    time.sleep(1.5)
    assert auth.decode_courier(courier_token, SECRET)["sub"] == "courier-12"


def test_courier_token_issued():
    token = auth.courier_token("courier-4")
    assert auth.verify_courier(token)["sub"] == "courier-4"


def test_courier_token_display():
    token = auth.courier_token("courier-5", secret=SECRET)
    assert auth.decode_courier(token, SECRET)["sub"] == "courier-5"
