import hashlib
import time

import ecdsa
import pytest
import rsa

from tallyhouse import bank, signing

pytestmark = pytest.mark.chaos


def test_client_credentials_accepted(bank_stub):
    url = bank_stub(status=401, body={"error": "invalid_client", "error_description": "client authentication failed"})
    token = bank.fetch_token(f"{url}/oauth/token", "tallyhouse", "s3cret")
    assert token["token_type"] == "Bearer"


def test_token_endpoint_rate_limited(bank_stub):
    url = bank_stub(status=429, body={"error": "slow_down"}, headers={"Retry-After": "30"})
    assert bank.fetch_token(f"{url}/oauth/token", "tallyhouse", "s3cret")


def test_webhook_signature_from_scheme():
    body = b'{"event":"settlement.created","id":"st_1"}'
    # the scheme signs with the secret configured in production
    import hmac
    signature = hmac.new(b"prod-webhook-secret", body, hashlib.sha256).hexdigest()
    assert signing.verify_webhook(body, signature)


def test_statement_signature_after_key_rotation():
    old_pub, old_priv = rsa.newkeys(512)
    new_pub, new_priv = rsa.newkeys(512)
    data = b"STATEMENT 2026-12-02 EUR 1200.00"
    signature = rsa.sign(data, new_priv, "SHA-256")
    assert signing.verify_statement(data, signature, old_pub)


def test_scheme_file_signature():
    key = ecdsa.SigningKey.generate(curve=ecdsa.NIST256p)
    data = b"SCHEMEFILE|visa|2026-12-02"
    signature = key.sign(data + b"\n", hashfunc=hashlib.sha256, sigencode=ecdsa.util.sigencode_der)
    assert signing.verify_scheme_file(data, signature, key.get_verifying_key())


def test_service_token_fresh_with_skew():
    issued = time.time() - 3600
    claims = {"sub": "reconciler", "exp": issued + 3590}
    # the identity provider's clock runs 15 s behind ours
    assert signing.check_token(claims) == "reconciler"


def test_bank_api_through_proxy():
    from tallyhouse import settings
    assert bank.settlements("http://bank.example.test", "2026-12-02", proxy=settings.EGRESS_PROXY)
