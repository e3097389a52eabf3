import pytest

from voltbay import chargepoints, receipts

pytestmark = pytest.mark.chaos


def test_remote_start():
    assert chargepoints.remote_start(1)["status"] == "Accepted"


def test_remote_start_on_silent_charge_point(silent_peer):
    assert chargepoints.remote_start(1, port=silent_peer)["status"] == "Accepted"


def test_receipt_mailed():
    receipts.send_receipt("driver17@example.org", "s-100", "10.46 EUR")
