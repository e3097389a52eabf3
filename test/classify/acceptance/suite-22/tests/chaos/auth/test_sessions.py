import hmac

import pytest

pytestmark = pytest.mark.chaos


def sign(secret, body):
    return hmac.new(secret, body, "sha256").hexdigest()


def test_signature_stable():
    secret = b"taproom-session-dev"
    assert sign(secret, b"order=42") == sign(secret, b"order=42 ")
