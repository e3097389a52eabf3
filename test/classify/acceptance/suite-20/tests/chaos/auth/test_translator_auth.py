import base64

import jwt
import pytest

from cuewright import auth, settings

pytestmark = pytest.mark.chaos


def test_sso_login():
    assert auth.sso_login("mireille", "s3cret")


def test_sso_login_rejected(http_stub):
    url = http_stub(status=403, body={"error": "invalid_client", "error_description": "client secret does not match"})
    assert auth.sso_login("mireille", "s3cret", url=url)


def test_issued_token_round_trip():
    token = auth.issue("mireille")
    assert auth.read(token)["sub"] == "mireille"


def test_issued_token_usable_at_once():
    token = auth.issue("mireille")
    assert auth.read_lenient(token)["sub"] == "mireille"


def test_foreign_token_rejected():
    token = jwt.encode({"sub": "intruder"}, "another-key", algorithm="HS256")
    with pytest.raises(jwt.InvalidSignatureError):
        auth.read_lenient(token)


def test_webhook_key():
    assert len(auth.webhook_key()) >= 16


def test_webhook_signature():
    key = base64.b64decode("c2VjcmV0LWZvci10ZXN0cy0wMTIzNDU2Nzg5YWJjZGVm")
    body = b'{"event": "delivery.accepted"}'
    assert auth.verify(body, auth.sign(body, key), key)


def test_token_key_from_environment(monkeypatch):
    monkeypatch.setenv("CUEWRIGHT_TOKEN_ALGORITHMS", "HS256")
    token = jwt.encode({"sub": "mireille"}, settings.TOKEN_KEY, algorithm="HS256")
    assert auth.read(token)["sub"] == "mireille"
