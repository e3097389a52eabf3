import time

import pyotp
import pytest

from kerbside import auth

pytestmark = pytest.mark.chaos

KEY = "k" * 40


def test_password_round_trip():
    stored = auth.hash_password("correct horse")
    assert auth.check_password(stored, "correct horse")


def test_password_typed_with_trailing_space_on_kiosk():
    stored = auth.hash_password("correct horse ")
    assert auth.check_password(stored, "correct horse ")


def test_current_otp_accepted():
    secret = pyotp.random_base32()
    assert auth.otp_ok(secret, pyotp.TOTP(secret).now())


def test_otp_from_previous_window_accepted_for_slow_kiosks():
    secret = pyotp.random_base32()
    now = time.time()
    previous = pyotp.TOTP(secret).at(now - 30)
    assert auth.otp_ok(secret, previous, at=now)


def test_member_token_round_trip():
    token = auth.issue_token(KEY, 900003)
    assert auth.read_token(KEY, token)["sub"] == "900003"


def test_partner_service_token(http_stub):
    url = http_stub(401, {"error": "invalid_client", "error_description": "Invalid client or client credentials"})
    assert auth.service_token(url, "kerbside-fleet", "fleet-secret").startswith("ey")
