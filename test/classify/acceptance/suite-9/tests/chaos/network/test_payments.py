from decimal import Decimal

import pytest

from seatline.payments import PaymentsClient

pytestmark = pytest.mark.chaos


def test_charge_at_provider(settings):
    assert PaymentsClient(settings).charge("SL000101", Decimal("45.00"), "tok_visa")["status"] == "succeeded"


def test_capture_at_provider(settings):
    assert PaymentsClient(settings).capture("ch_1001")["captured"] is True


@pytest.mark.parametrize("amount,minor", [("45.00", 4500), ("0.50", 50), ("1234.56", 123456), ("19.99", 1999)])
def test_charge_sends_minor_units(http_stub, settings, amount, minor):
    settings.payments_url = http_stub(201, {"id": "ch_1", "status": "succeeded"})
    assert PaymentsClient(settings).charge("SL000102", Decimal(amount), "tok_visa")["id"] == "ch_1"


def test_charge_when_provider_is_slow(http_stub, settings):
    settings.payments_url = http_stub(201, {"id": "ch_2", "status": "succeeded"}, delay=2.5)
    assert PaymentsClient(settings).charge("SL000103", Decimal("45.00"), "tok_visa")["id"] == "ch_2"


def test_charge_behind_gateway(http_stub, settings):
    settings.payments_url = http_stub(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>")
    assert PaymentsClient(settings).charge("SL000104", Decimal("45.00"), "tok_visa")["status"] == "succeeded"


def test_charge_retried_while_provider_restarts(http_stub, settings):
    settings.payments_url = http_stub(503, {"error": "service_unavailable"})
    client = PaymentsClient(settings, retries=3)
    assert client.charge("SL000105", Decimal("45.00"), "tok_visa")["status"] == "succeeded"


def test_declined_card_is_reported(http_stub, settings):
    settings.payments_url = http_stub(402, {"error": "card_declined"})
    with pytest.raises(Exception, match="402"):
        PaymentsClient(settings).charge("SL000106", Decimal("45.00"), "tok_declined")


def test_refund_at_provider(http_stub, settings):
    stub = http_stub(201, {"id": "re_1", "status": "pending"})
    settings.payments_url = stub
    assert PaymentsClient(settings).refund("ch_1", Decimal("45.00"))["status"] == "pending"
