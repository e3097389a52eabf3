import os
import time

import pytest

from brinewell import auth


@pytest.mark.chaos
class TestAuthChaos:
    def test_token_round_trip(self):
        claims = auth.verify(auth.issue("ana", "hand"))
        assert claims["sub"] == "ana"

    def test_tampered_signature_refused(self):
        token = auth.issue("ana", "hand")
        with pytest.raises(auth.TokenError):
            auth.verify(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))

    def test_wrong_audience_refused(self):
        with pytest.raises(auth.TokenError):
            auth.verify(auth.issue("ana", "hand", audience="market"))

    def test_expired_token_refused(self):
        with pytest.raises(auth.TokenExpired):
            auth.verify(auth.issue("ana", "hand", ttl=-5))

    def test_refresh_keeps_subject(self):
        token = auth.refresh(auth.issue("ben", "foreman"))
        assert auth.verify(token)["sub"] == "ben"

    def test_configured_audience(self):
        token = auth.issue("ana", "hand", audience=auth.configured_audience())
        assert auth.verify(token, audience=auth.configured_audience())["sub"] == "ana"

    def test_token_ttl_from_settings(self):
        assert auth.token_ttl() > 0

    def test_issuer_name(self):
        assert auth.issuer() == "brinewell"

    def test_signing_secret_loaded(self):
        assert len(auth.signing_secret()) >= 16

    def test_sign_in_without_mfa(self):
        token = auth.Gate(attempts=5).sign_in("ana", "salt-pan-7")
        assert token is not None

    def test_one_wrong_password_does_not_lock(self):
        gate = auth.Gate()
        assert gate.sign_in("ben", "wrong") is None
        assert gate.sign_in("ben", "brine-42", code="123456") is not None

    def test_lockout_after_five(self):
        gate = auth.Gate(attempts=5)
        for _ in range(5):
            gate.sign_in("ben", "wrong")
        with pytest.raises(auth.LockedOut):
            gate.sign_in("ben", "brine-42", code="123456")

    @pytest.mark.parametrize("users", [10, 50, 100], ids=lambda n: f"{n}-users")
    def test_sign_in_under_load(self, users):
        gate = auth.Gate(attempts=5)
        tokens = [gate.sign_in("ana", "salt-pan-7", code="123456") for _ in range(users)]
        assert all(auth.verify(t)["sub"] == "ana" for t in tokens)

    def test_wrong_password_returns_none(self):
        assert auth.Gate(attempts=5).sign_in("ana", "nope") is None

    def test_unknown_user(self):
        assert auth.Gate(attempts=5).sign_in("zoe", "salt-pan-7") is None

    def test_role_claim(self):
        assert auth.verify(auth.issue("ben", "foreman"))["role"] == "foreman"

    def test_pending_key_refused(self):
        os.environ["BRINEWELL_KEY_ID"] = "k3"
        with pytest.raises(auth.TokenError):
            auth.issue("ana", "hand")

    def test_token_for_buyer(self):
        token = auth.issue("saltco", "buyer")
        assert auth.verify(token)["role"] == "buyer"

    def test_expiry_in_future(self):
        before = int(time.time())
        exp = auth.verify(auth.issue("ana", "hand", ttl=60))["exp"]
        assert before < exp <= before + 61

    def test_token_has_three_parts(self):
        assert len(auth.issue("ana", "hand").split(".")) == 3
