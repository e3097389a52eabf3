"""Members' tokens at the kiosks, staff permissions, passwords and card PINs."""

import time

import pytest

from lendwell import auth

pytestmark = pytest.mark.chaos


def test_member_token_round_trip(settings):
    token = auth.member_token(settings.jwt_secret, "LW000101")
    assert auth.read_member_token(settings.jwt_secret, token)["sub"] == "LW000101"


def test_member_cannot_waive_fines():
    assert not auth.can("member", "fines:waive")


def test_staff_can_waive_fines_at_the_desk():
    assert auth.can("staff", "fines:waive")


def test_recently_expired_token_is_refreshed(settings):
    token = auth.member_token(settings.jwt_secret, "LW000101", now=time.time() - 1000)
    fresh = auth.refresh(settings.jwt_secret, token)
    assert auth.read_member_token(settings.jwt_secret, fresh)["sub"] == "LW000101"


def test_new_member_password_is_hashed():
    stored = auth.hash_password("correct horse battery staple")
    assert "$" in stored


def test_card_pin_is_sealed(settings):
    sealed = auth.seal_pin(settings, "4821")
    assert b"4821" not in sealed
