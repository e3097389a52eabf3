import os

import jwt
import pytest

from wardbook import auth

pytestmark = pytest.mark.chaos

IDP_KEY = "trust-idp-signing-key-for-ci-0001"


@pytest.fixture
def idp_token():
    """A token as the trust's IdP issues it to wardbook."""
    return jwt.encode({"sub": "dr.okafor", "aud": "wardbook"}, IDP_KEY, algorithm="HS256")


@pytest.fixture
def session_key():
    return auth.session_key()


def test_exchange_code_for_token(http_stub):
    url = http_stub(401, b'{"error": "invalid_client", "error_description": "client authentication failed"}',
                    {"Content-Type": "application/json"})
    token = auth.exchange_code(f"{url}/oauth2/token", "code-123", secret=os.environ.get("WARDBOOK_OAUTH_SECRET", ""))
    assert token["access_token"]


def test_clinician_from_idp_token(idp_token):
    assert auth.clinician(idp_token, IDP_KEY) == "dr.okafor"


def test_cookie_signed_with_session_key(session_key):
    assert len(session_key) >= 32


def test_webhook_signature_accepted():
    secret, body = b"sms-webhook-secret", b'{"id": "m-1", "status": "delivered"}'
    assert auth.verify_webhook(secret, body, auth.sign(secret, body))


def test_webhook_signature_rejects_tampering():
    secret = b"sms-webhook-secret"
    assert not auth.verify_webhook(secret, b'{"status": "failed"}', auth.sign(secret, b'{"status": "delivered"}'))


def test_idp_metadata_through_trust_proxy(tcp_stub):
    port = tcp_stub("send", b'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="trust"\r\n'
                            b"Content-Length: 0\r\n\r\n")
    metadata = auth.idp_metadata("https://idp.trust.nhs.test/.well-known/openid-configuration", f"http://127.0.0.1:{port}")
    assert metadata["issuer"]


def test_pharmacy_stock_over_mutual_tls(mtls_stub):
    url, ca = mtls_stub
    assert auth.pharmacy_stock(f"{url}/stock/paracetamol", str(ca)) == {}
