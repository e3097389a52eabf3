import subprocess

import pytest

from seatline import webhooks

pytestmark = pytest.mark.chaos


def test_order_paid_webhook_delivered(http_stub):
    assert webhooks.deliver(http_stub(204, b""), {"type": "order.paid", "reference": "SL000201"}, "s3cret") == 204


def test_webhook_to_promoter_that_drops_connections(http_stub):
    url = http_stub(close=True)
    assert webhooks.deliver(url, {"type": "order.paid", "reference": "SL000202"}, "s3cret") == 204


def test_webhook_to_partner_endpoint():
    url = "http://hooks.resale-partner.internal/seatline"
    assert webhooks.deliver(url, {"type": "order.paid", "reference": "SL000203"}, "s3cret") == 204


def test_signature_is_hex_sha256():
    assert len(webhooks.sign("s3cret", b"{}")) == 64


def test_checkout_under_added_latency(http_stub):
    subprocess.run(["/usr/sbin/tc", "qdisc", "add", "dev", "lo", "root", "netem", "delay", "250ms"], check=True)
    try:
        assert webhooks.deliver(http_stub(204, b""), {"type": "order.paid"}, "s3cret") == 204
    finally:
        subprocess.run(["/usr/sbin/tc", "qdisc", "del", "dev", "lo", "root"], check=False)
