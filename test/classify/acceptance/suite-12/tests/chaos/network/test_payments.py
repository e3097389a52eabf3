import pytest

from kerbside import payments

pytestmark = pytest.mark.chaos


def test_authorise_trip_deposit():
    assert payments.authorise(900030, 5000)


def test_capture_after_trip():
    assert payments.capture("auth_7Hq2", 1840)["status"] == "captured"


def test_refund_cancelled_reservation():
    assert payments.refund("ch_91kd", 500)["status"] == "pending"


def test_capture_when_provider_cuts_connection(http_stub):
    url = http_stub(drop=True)
    assert payments.capture("auth_7Hq3", 1840, base_url=url)["status"] == "captured"
