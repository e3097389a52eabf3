import pytest
import requests

from oddsmill import auth, feed

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("key", ["desk-london", "desk-malta", "partner-api"])
def test_api_key_accepted(key):
    assert auth.check_api_key(key)["valid"] is True


def test_partner_profile_with_service_token(http_stub):
    base = http_stub(status=401, body={"error": "invalid_token", "error_description": "token signature invalid"})
    assert auth.partner_profile("bet-exchange", base, "svc-token")["tier"] == "gold"


def test_partner_profile_forbidden_scope(http_stub):
    base = http_stub(status=403, body={"error": "insufficient_scope", "scope": "prices:write"})
    with pytest.raises(requests.HTTPError):
        auth.partner_profile("bet-exchange", base, "svc-token")


def test_feed_frames_are_signed():
    assert len(auth.sign_frame({"market": "EPL-1", "prices": [2.1, 3.4, 3.6]})) == 64


def test_feed_tls_handshake(tls_peer):
    (host, port), cafile = tls_peer
    assert feed.tls_hello(host, port, cafile) == "TLSv1.3"


def test_trader_roles():
    assert auth.can_trade("trader", "football")
    assert auth.can_trade("analyst", "football") is False
