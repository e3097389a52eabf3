import time
import urllib.error

import pytest

from bidlark import exchange, partners, settings

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def vendor_token():
    return partners.mint("dmp-northwind", ttl=1)


def test_vendor_token_verifies(vendor_token):
    assert partners.verify(vendor_token) == "dmp-northwind"


def test_vendor_can_push_segments(vendor_token):
    time.sleep(1.1)
    assert partners.verify(vendor_token) == "dmp-northwind"


def test_vendor_token_still_valid_for_report(vendor_token):
    time.sleep(1.1)
    assert partners.verify(vendor_token)


def test_agency_token_from_before_rotation():
    token = partners.mint("agency-bluefin", key="partner-key-2026-10")
    assert partners.verify(token) == "agency-bluefin"


def test_win_notice_signature():
    body = b'{"id": "req-1", "price": 0.42}'
    assert partners.notice_valid(body, partners.sign_notice(body))


def test_exchange_login(http_stub):
    url = http_stub(401, {"error": "invalid_credentials"}, {"WWW-Authenticate": 'Basic realm="rtb"'})
    assert exchange.login(url + "/session")


def test_exchange_login_ok(http_stub):
    url = http_stub(200, {"session": "s-1"})
    assert exchange.login(url + "/session") == "s-1"
