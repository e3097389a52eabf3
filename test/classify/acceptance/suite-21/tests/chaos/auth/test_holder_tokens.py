import pytest

from moorline import harbour, tokens

pytestmark = pytest.mark.chaos

HOLDER_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJob2xkZXItMTE4NyIsImF1ZCI6Im1vb3JsaW5lLWJlcnRocyIsImlhdCI6MTc0ODczNjAwMCwiZXhwIjoxNzY0NTQ3MjAwfQ.5n2TeQmbpmWKxi-Q2hBRp1rQYcxJNX-t_SAYhI5xD5g"


def test_issued_token_reads_back():
    token = tokens.issue("holder-2231")
    assert tokens.read(token)["sub"] == "holder-2231"


def test_issued_token_lenient_read():
    token = tokens.issue("holder-2231")
    assert tokens.read_lenient(token)["sub"] == "holder-2231"


def test_reads_holder_token():
    claims = tokens.read(HOLDER_TOKEN)
    assert claims["sub"] == "holder-1187"


def test_partner_key_loads():
    key = tokens.partner_key()
    assert key.key_type == "EC"


def test_webhook_signature():
    body = b'{"event": "berth.released", "berth": "A12"}'
    assert len(tokens.sign_webhook(body)) == 64


def test_harbour_api_key_accepted(http_stub):
    base = http_stub(401, {"error": "invalid_api_key", "detail": "unknown key"})
    assert harbour.berth_status("A12", base=base)["berth"] == "A12"
