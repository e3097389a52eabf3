import os

import jwt
import pytest

from tollgate import auth

KEY = "test-signing-key-0123456789abcdef"


@pytest.fixture
def signing_key():
    return os.environ["TOLLGATE_SIGNING_KEY"]


class TestTokens:
    def test_password_roundtrip(self):
        salt, digest = auth.hash_password("hunter2")
        assert auth.check_password("hunter2", salt, digest)

    def test_wrong_password_rejected(self):
        salt, digest = auth.hash_password("hunter2")
        assert not auth.check_password("hunter3", salt, digest)

    def test_access_token_roundtrip(self):
        token = auth.issue_token(42, KEY, ttl=900)
        claims = auth.verify_token(token, KEY)
        assert claims["sub"] == "42"

    def test_refresh_token_roundtrip(self):
        token = auth.issue_refresh_token(42, KEY)
        claims = auth.verify_token(token, KEY)
        assert claims["typ"] == "refresh"

    def test_token_rejected_with_other_key(self):
        token = jwt.encode({"sub": "1", "iss": "tollgate"}, "another-key-0123456789abcdef", algorithm="HS256")
        with pytest.raises(jwt.InvalidSignatureError):
            auth.verify_token(token, KEY)

    def test_token_with_production_key(self, signing_key):
        token = auth.issue_token(7, signing_key)
        assert auth.verify_token(token, signing_key)["sub"] == "7"

    def test_login_through_identity_service(self):
        token = auth.login("anna@example.test", "hunter2")
        assert token
