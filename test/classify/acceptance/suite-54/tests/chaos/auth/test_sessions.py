import time

import pytest

from lapwater import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def duty_manager_session():
    return auth.session_token(31, ["duty-manager"], lifetime=1)


def test_session_round_trip():
    token = auth.session_token(42, ["swimmer"])
    claims = auth.read_session(token)
    assert claims["sub"] == "42"


@pytest.mark.parametrize("roles,allowed", [
    (["lifeguard"], True), (["duty-manager"], True), (["swimmer"], False), (["lifeguard-trainee"], False), ([], False),
])
def test_who_can_open_the_pool(roles, allowed):
    assert auth.can_open_pool(roles) is allowed


@pytest.mark.parametrize("given", ["lengths", " lengths", "lengths\n"])
def test_password_ok_ignores_whitespace(given):
    assert auth.password_ok("lengths", given)


def test_duty_manager_opens_pool(duty_manager_session):
    time.sleep(1.2)
    import jwt
    from lapwater import settings
    claims = jwt.decode(duty_manager_session, settings.session_key(), algorithms=["HS256"], audience="lapwater")
    assert "duty-manager" in claims["roles"]


def test_duty_manager_closes_pool(duty_manager_session):
    import jwt
    from lapwater import settings
    claims = jwt.decode(duty_manager_session, settings.session_key(), algorithms=["HS256"], audience="lapwater")
    assert claims["sub"] == "31"
