from decimal import Decimal
from unittest import mock

from seatline import payments


def test_checkout_with_mocked_provider_returns_charge_id():
    with mock.patch("seatline.payments.PaymentsClient.charge", return_value={"id": "ch_mock", "status": "succeeded"}):
        assert payments.charge_order("SL000301", Decimal("45.00"), "tok_visa") == "ch_mock"


def test_checkout_posts_minor_units():
    with mock.patch("seatline.payments.requests.post") as post:
        post.return_value.json.return_value = {"id": "ch_9"}
        assert payments.charge_order("SL000302", Decimal("19.99"), "tok_visa") == "ch_9"
    assert post.call_args.kwargs["json"]["amount"] == 1999
