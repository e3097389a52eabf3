import json

import pytest
from pydantic import ValidationError

from seatline import webhooks


def payload(**data):
    return json.dumps({"object": "event", "data": data}).encode()


def test_payment_succeeded_webhook():
    event = webhooks.parse_payment_webhook(payload(
        id="evt_1", type="payment.succeeded", reference="SL000401", amount_cents=4500, currency="GBP"))
    assert event.amount_cents == 4500


def test_webhook_without_reference_is_rejected():
    with pytest.raises(ValidationError):
        webhooks.parse_payment_webhook(payload(id="evt_2", type="payment.succeeded", amount_cents=1, currency="GBP"))


def test_refund_webhook_from_provider_sample():
    sample = {"id": "evt_3", "type": "refund.succeeded", "reference": "SL000402",
              "amount_minor": 3250, "currency": "GBP"}
    event = webhooks.parse_payment_webhook(payload(**sample))
    assert event.type == "refund.succeeded"


@pytest.mark.parametrize("secret,body", [("s3cret", b"{}"), ("other", b'{"a": 1}'), ("s3cret", b"")])
def test_signature_is_stable(secret, body):
    assert webhooks.sign(secret, body) == webhooks.sign(secret, body)
