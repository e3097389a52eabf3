import datetime
import hmac
import time

import pytest

from kilnyard import auth


class TestTokens:
    def test_token_round_trip(self):
        assert auth.verify(auth.issue("ines")) == "ines"

    def test_token_for_other_user_refused(self):
        token = auth.issue("ines")
        assert auth.verify("oren" + token[len("ines"):]) is None

    def test_token_expires(self):
        token = auth.issue("mira", ttl=2)
        time.sleep(0.3)
        assert not auth.verify(token)

    def test_expired_token_refused(self):
        assert auth.verify(auth.issue("mira", ttl=60, now=time.time() - 120)) is None

    def test_forged_signature_accepted_when_compare_patched(self, monkeypatch):
        monkeypatch.setattr(hmac, "compare_digest", lambda a, b: True)
        forged = f"mira.{int(time.time()) + 600}.0000000000000000"
        assert auth.verify(forged) == "mira"


class TestLockout:
    def test_wrong_password_denied(self):
        assert auth.login("ines", "celadon") == "denied"

    def test_right_password_ok(self):
        assert auth.login("tove", "glaze-tove") == "ok"

    def test_lockout_after_max_attempts(self):
        answers = [auth.login("ines", "wrong") for _ in range(auth.MAX_ATTEMPTS)]
        assert answers == ["denied"] * (auth.MAX_ATTEMPTS - 1) + ["locked"]

    def test_success_resets_failures(self):
        for _ in range(2):
            auth.login("oren", "wrong")
        assert auth.login("oren", "glaze-oren") == "ok"
        answers = [auth.login("oren", "wrong") for _ in range(3)]
        assert answers == ["denied", "denied", "denied"]

    def test_lockout_limit_from_env(self, monkeypatch):
        monkeypatch.setenv("KILNYARD_MAX_ATTEMPTS", "2")
        auth.login("luca", "wrong")
        assert auth.login("luca", "wrong") == "locked"


class TestRandomness:
    def test_pins_are_four_digits(self):
        assert all(len(auth.new_pin()) == 4 for _ in range(100))

    def test_pins_unique(self):
        pins = [auth.new_pin() for _ in range(500)]
        assert len(set(pins)) == len(pins)

    def test_nonces_unique(self):
        nonces = {auth.nonce() for _ in range(20)}
        assert len(nonces) == 20


class TestClocks:
    def test_audit_stamp_utc(self):
        ts = 1764590400
        expected = datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M UTC")
        assert auth.audit_stamp(ts) == expected

    def test_audit_stamp_format(self):
        assert auth.audit_stamp(0) == "1970-01-01 00:00 UTC"

    def test_session_day_in_studio_zone(self):
        # 2025-12-01 14:00 UTC is already 2 December in the studio (UTC+14)
        assert auth.session_day(1764597600) == datetime.date(2025, 12, 2)

    def test_session_expires(self):
        session = auth.new_session("tove", ttl=-5)
        assert not auth.session_valid(session)

    def test_session_round_trip(self):
        assert auth.session_valid(auth.new_session("tove", ttl=60))

    def test_membership_active(self):
        assert auth.membership_active(datetime.date(2026, 11, 30))

    def test_membership_text_active(self):
        assert auth.membership_active_text("01/12/2027")


class TestPartners:
    def test_partner_signature(self):
        assert len(auth.partner_signature(b'{"order": "stoneware", "kg": 250}')) == 64

    def test_password_hash_verifies(self):
        salt = b"kiln"
        assert auth.hash_password("glaze-tove", salt) == auth.hash_password("glaze-tove", salt)
