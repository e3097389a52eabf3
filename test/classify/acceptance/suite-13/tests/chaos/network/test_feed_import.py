import pytest

from podstead import fetch

pytestmark = pytest.mark.chaos


def test_import_partner_feed():
    assert fetch.import_feed("https://feeds.partner-network.example/rss/night-shift") > 0


def test_import_feed_from_slow_host(http_stub):
    url = http_stub(body=b"<rss></rss>", delay=3)
    assert fetch.import_feed(url + "/rss", proxy="") >= 0


def test_import_feed_over_tls(partner_tls_feed):
    url, bundle = partner_tls_feed
    assert fetch.import_feed(url + "/rss", proxy="", cainfo=bundle) == 1


def test_import_feed_from_partner_mirror():
    assert fetch.import_feed("http://mirror.feeds.podstead.internal/rss/night-shift", proxy="") > 0
