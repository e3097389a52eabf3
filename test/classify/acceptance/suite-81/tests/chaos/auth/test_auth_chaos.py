import ssl

import pytest

from reedbank import auth

SECRET = "reedbank-ci-secret"


class TestTokens:
    def test_issue_token_for_thatcher(self):
        token = auth.issue_token("ada", "thatcher", SECRET)
        assert token.count(".") == 2

    def test_verify_round_trip(self):
        token = auth.issue_token("bo", "yard", SECRET)
        assert auth.verify_token(token, SECRET)["role"] == "yard"

    def test_expired_token_refused(self):
        token = auth.issue_token("cy", "buyer", SECRET, ttl=-10)
        with pytest.raises(Exception, match="expired"):
            auth.verify_token(token, SECRET)

    def test_claims_parsed(self):
        claims = auth.parse_claims({"sub": "ada", "role": "thatcher", "exp": 1_900_000_000})
        assert claims.role == "thatcher"


class TestPasswords:
    def test_hash_and_check(self):
        stored = auth.hash_password("reeds and rushes")
        assert auth.check_password("reeds and rushes", stored)

    def test_wrong_password_refused(self):
        stored = auth.hash_password("reeds and rushes")
        assert not auth.check_password("reeds and rushes!", stored)

    def test_salts_differ(self):
        assert auth.hash_password("x") != auth.hash_password("x")

    def test_migrated_crypt_hash(self):
        assert auth.legacy_check("thatch", "$6$depot$8c0hYyf8pOjdQn1M0b5iQ5Vq0h5r5bUuJQzv3r1P5Kx2QmYw5n7p8aQ4iR1sT2uV3wX4yZ5aB6cD7eF8gH9iJ0")


class TestHeaders:
    @pytest.mark.parametrize("header", ["Bearer abc", "bearer abc", "BEARER abc"])
    def test_bearer_any_case(self, header):
        assert auth.bearer(header) == "abc"

    def test_basic_header(self):
        assert auth.basic_header("ada", "pw") == "Basic YWRhOnB3"

    def test_webhook_signature(self):
        signature = auth.sign_webhook(b"hook-key", b'{"event":"order.created"}')
        assert len(signature) == 64


class TestScopes:
    @pytest.mark.parametrize(("role", "scope", "expected"), [
        ("thatcher", "orders:write", True),
        ("buyer", "orders:write", False),
        ("yard", "stock:write", True),
    ])
    def test_scope(self, role, scope, expected):
        assert auth.allowed(role, scope) is expected


class TestLockout:
    def test_three_failures_lock(self):
        gate = auth.Lockout(limit=3)
        for _ in range(3):
            gate.fail("ada")
        assert gate.locked("ada")

    def test_mixed_case_name_locks(self):
        gate = auth.Lockout(limit=3)
        for _ in range(3):
            gate.fail("Ada")
        assert gate.locked("Ada")

    def test_success_resets(self):
        gate = auth.Lockout(limit=2)
        gate.fail("bo")
        gate.succeed("bo")
        gate.fail("bo")
        assert not gate.locked("bo")


class TestSessions:
    def test_session_user(self):
        sessions = auth.Sessions(ttl=60)
        sid = sessions.open("ada")
        assert sessions.user(sid) == "ada"

    def test_expired_session(self):
        sessions = auth.Sessions(ttl=0)
        sid = sessions.open("ada")
        assert sessions.user(sid) is None


class TestTransport:
    def test_client_context_verifies(self):
        context = ssl.SSLContext()
        context.verify_mode = ssl.CERT_REQUIRED
        assert context.verify_mode == ssl.CERT_REQUIRED
