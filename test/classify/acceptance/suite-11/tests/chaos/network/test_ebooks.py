"""E-book loans through the vendor's lending API."""

import pytest

from lendwell.ebooks import Vendor

pytestmark = pytest.mark.chaos


def test_ebook_availability(settings):
    vendor = Vendor(settings.ebooks_url, timeout=settings.http_timeout)
    assert vendor.availability("9780571334650")["copies"] >= 0


def test_ebook_checkout(settings):
    vendor = Vendor(settings.ebooks_url, timeout=settings.http_timeout)
    assert vendor.checkout("9780571334650", "LW000101")["loan_id"]


def test_ebook_checkout_while_the_vendor_deploys(http_stub):
    vendor = Vendor(http_stub(status=503, body={"error": "maintenance"}) + "/v1")
    assert vendor.checkout("9780571334650", "LW000101")["loan_id"]


def test_ebook_availability_when_the_vendor_is_slow(http_stub):
    vendor = Vendor(http_stub(body={"copies": 2}, delay=2.0) + "/v1", timeout=1.0)
    assert vendor.availability("9780571334650")["copies"] == 2


def test_ebook_returned_early(http_stub):
    vendor = Vendor(http_stub(close=True) + "/v1")
    assert vendor.return_early("EL-88412") == 204


def test_ebook_availability_from_the_stub(http_stub):
    vendor = Vendor(http_stub(body={"copies": 3}) + "/v1")
    assert vendor.availability("9780571334650") == {"copies": 3}
