import time

import jwt
import pytest

from bagdrop import auth

pytestmark = pytest.mark.chaos


@pytest.fixture
def handler_token():
    return auth.sign_in("H-4471", "2580")


@pytest.fixture(scope="module")
def supervisor_ramp_token():
    return auth.ramp_token("S-0102", ["ramp", "make-up", "screening"], lifetime=1)


def test_profile_has_badge(handler_token):
    assert auth.profile(handler_token)["badge"] == "H-4471"


def test_profile_has_terminal(handler_token):
    assert auth.profile(handler_token)["terminal"] in {"T1", "T2"}


@pytest.mark.parametrize("zone", ["ramp", "make-up"])
def test_handler_zones(handler_token, zone):
    assert zone in auth.profile(handler_token)["zones"]


def test_sign_out_revokes():
    auth.sign_out("revoked-token")


@pytest.mark.parametrize("zone", ["ramp", "make-up", "screening", "reclaim"])
def test_ramp_token_may_enter(zone):
    token = auth.ramp_token("H-2201", ["ramp", "make-up", "screening", "reclaim"])
    assert auth.may_enter(token, zone)


@pytest.mark.parametrize("zone", ["apron", "tower"])
def test_ramp_token_may_not_enter(zone):
    token = auth.ramp_token("H-2201", ["ramp"])
    assert not auth.may_enter(token, zone)


def test_ramp_token_zones():
    token = auth.ramp_token("H-2201", ["ramp", "reclaim"])
    assert auth.zones_of(token) == ["ramp", "reclaim"]


def test_supervisor_enters_make_up(supervisor_ramp_token):
    assert auth.may_enter(supervisor_ramp_token, "make-up")


def test_supervisor_enters_screening(supervisor_ramp_token):
    time.sleep(1.2)
    assert auth.may_enter(supervisor_ramp_token, "screening")


def test_supervisor_enters_ramp(supervisor_ramp_token):
    assert auth.may_enter(supervisor_ramp_token, "ramp")


def test_forged_token_refused():
    token = jwt.encode({"sub": "H-9", "zones": ["ramp"]}, "not-the-secret", algorithm="HS256")
    with pytest.raises(jwt.InvalidSignatureError):
        auth.may_enter(token, "ramp")
