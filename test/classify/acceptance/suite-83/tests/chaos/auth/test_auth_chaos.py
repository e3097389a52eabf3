import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from berthline import auth

KEY = b"berthline-test-signing-key"


class TestAuth:
    def test_authentication_service_outage(self, idp):
        assert idp.keys, "the identity provider publishes at least one signing key"

    @pytest.mark.parametrize("users", [10, 100, 500, 1000], ids=lambda n: f"{n}-users")
    def test_concurrent_authentication_load(self, idp, users):
        with ThreadPoolExecutor(max_workers=16) as pool:
            tokens = list(pool.map(lambda n: idp.login(f"skipper{n}", "pw"), range(users)))
        assert len(tokens) == users

    def test_jwks_rotation(self, idp):
        kids = {key["kid"] for key in idp.keys}
        assert len(kids) >= 2, "the old key stays published during rotation"

    def test_token_refresh_under_outage(self, idp):
        assert idp.login("harbourmaster", "pw")["refresh_token"]

    def test_login_with_idp(self, idp):
        assert idp.login("skipper1", "pw")["token_type"] == "Bearer"


class TestLocalTokens:
    def test_issue_and_verify_token(self):
        token = auth.issue("skipper1", KEY, ttl=60, now=1_000)
        assert auth.verify(token, KEY, now=1_030)["sub"] == "skipper1"

    def test_token_ttl_from_settings(self, settings):
        token = auth.issue("skipper1", KEY, ttl=auth.token_ttl(settings), now=1_000)
        claims = auth.verify(token, KEY, now=1_000)
        assert claims["exp"] - claims["iat"] == 900

    @pytest.mark.parametrize("skew", [0, 30, 120], ids=lambda s: f"clock-skew-{s}s")
    def test_jwt_expiration_handling(self, settings, skew):
        token = auth.issue("skipper1", KEY, ttl=60, now=1_000)
        allowed = auth.leeway(settings)
        if skew <= allowed.total_seconds():
            assert auth.verify(token, KEY, now=1_060 + skew, skew=allowed)
        else:
            with pytest.raises(auth.TokenError):
                auth.verify(token, KEY, now=1_060 + skew, skew=allowed)

    def test_tampered_token_rejected(self):
        token = auth.issue("skipper1", KEY, ttl=60, now=1_000)
        with pytest.raises(auth.TokenError, match="bad signature"):
            auth.verify(token[:-2] + "xx", KEY, now=1_000)

    def test_password_hash_roundtrip(self):
        salt = b"0123456789abcdef"
        assert auth.hash_password("tide-table", salt) == auth.hash_password("tide-table", salt)

    def test_password_compare_constant_time(self):
        salt = b"0123456789abcdef"
        stored = auth.hash_password("tide-table", salt)
        assert auth.check_password(stored, salt, "tide-table")

    def test_signing_key_from_environment(self):
        token = auth.issue("skipper1", auth.signing_key(), ttl=60)
        assert auth.verify(token, auth.signing_key())

    def test_lockout_after_failed_attempts(self, settings):
        lockout = auth.Lockout(settings["auth"]["lockout_threshold"])
        for _ in range(5):
            lockout.fail("skipper1")
        assert lockout.is_locked("skipper1"), "five failed logins lock the account"

    def test_unknown_user_not_locked(self):
        assert not auth.Lockout(5).is_locked("nobody")

    def test_revocation_list(self):
        revoked = auth.RevocationList()
        revoked.revoke("abc")
        assert revoked.is_revoked("abc") and not revoked.is_revoked("abd")

    def test_api_key_rate_limit(self):
        limiter = auth.RateLimiter(per_minute=3)
        assert [limiter.allow("k", now=t) for t in range(5)] == [True, True, True, False, False]

    def test_token_issue_is_fast(self):
        started = time.perf_counter()
        for n in range(200):
            auth.issue(f"skipper{n}", KEY, ttl=60)
        assert time.perf_counter() - started < 2.0
