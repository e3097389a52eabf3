import os

import pytest
import requests

from ferrylane import auth


@pytest.fixture
def session_key():
    return os.environ["FERRYLANE_SESSION_KEY"]


class TestStaffSignin:
    def test_bind_staff_directory(self):
        connection = auth.bind_staff("harbourmaster", "s3cret")
        assert connection.bound

    def test_token_roundtrip(self):
        token = auth.issue("deckhand-7", "test-key")
        claims = auth.verify(token, "test-key")
        assert claims["sub"] == "deckhand-7"

    def test_token_rejects_wrong_key(self):
        token = auth.issue("deckhand-7", "test-key")
        with pytest.raises(Exception):
            auth.verify(token, "other-key")

    def test_password_hash_non_ascii(self):
        digest = auth.hash_password("fjordsø-2026", b"salt")
        assert len(digest) == 64

    def test_password_hash_ascii(self):
        assert auth.hash_password("harbour", b"salt") == auth.hash_password("harbour", b"salt")

    def test_session_cookie_signed(self, session_key):
        assert len(session_key) >= 32


def test_partner_oauth_token(http_stub):
    url = http_stub(401, b'{"error": "invalid_client", "error_description": "client authentication failed"}',
                    {"Content-Type": "application/json", "WWW-Authenticate": 'Bearer error="invalid_client"'})
    response = requests.post(f"{url}/oauth/token", data={"grant_type": "client_credentials"}, timeout=2)
    response.raise_for_status()
    assert "access_token" in response.json()


def test_partner_portal_tls(https_stub):
    response = requests.get(f"{https_stub}/health", timeout=2)
    assert response.ok
