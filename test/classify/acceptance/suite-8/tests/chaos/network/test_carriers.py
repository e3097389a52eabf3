import time

import dns.rcode
import pytest
from flaky import flaky

from binwise import carriers, settings

pytestmark = pytest.mark.chaos

MAINTENANCE = b"<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head><body>Back at 06:00</body></html>"


@pytest.fixture
def client_cn():
    return carriers.client_certificate()


def test_rates_for_a_postcode():
    rates = carriers.fetch_rates("BS1 4DJ")
    assert rates["services"]


def test_rates_from_a_stub(http_stub):
    base = http_stub(200, b'{"services": [{"code": "NXT", "price": "6.10"}]}', {"Content-Type": "application/json"})
    assert carriers.fetch_rates("BS1 4DJ", base=base)["services"][0]["code"] == "NXT"


def test_manifest_status(http_stub):
    base = http_stub(302, headers={"Location": "/manifests/M-2026-1201"})
    status, body = carriers.fetch_manifest_status(base, "M-2026-1201")
    assert status == 200 and body["state"] == "closed"


def test_tracking_a_consignment(http_stub):
    base = http_stub(200, MAINTENANCE, {"Content-Type": "text/html; charset=utf-8"})
    assert carriers.track(base, "NL0042117")["events"]


def test_tracking_answer_is_parsed(http_stub):
    base = http_stub(200, b'{"events": [{"at": "2026-12-01T09:12:00Z", "what": "collected"}]}')
    assert carriers.track(base, "NL0042117")["events"][0]["what"] == "collected"


def test_edi_host_resolves(dns_stub):
    port = dns_stub(dns.rcode.SERVFAIL)
    assert carriers.edi_addresses(port)


def test_as2_endpoint_resolves(dns_stub):
    port = dns_stub(dns.rcode.NXDOMAIN)
    assert carriers.edi_addresses(port, host=f"as2.{settings.EDI_HOST}")


def test_quote_from_the_carrier_stub(http_stub):
    settings.CARRIER_URL = http_stub(200, b'{"price": "4.20", "currency": "GBP"}')
    assert carriers.fetch_quote({"kg": 2, "postcode": "BS1 4DJ"})["price"] == "4.20"


def test_quote_for_a_heavy_parcel():
    quote = carriers.fetch_quote({"kg": 28, "postcode": "EH1 1YZ"})
    assert quote["currency"] == "GBP"


def test_client_certificate_for_mutual_tls(client_cn):
    context, cn = carriers.tls_context(client_cn)
    assert cn == "binwise-carrier-client"


@pytest.mark.flaky(reruns=2, reruns_delay=1)
def test_rates_cached_for_the_packing_bench(http_stub):
    base = http_stub(200, b'{"services": [{"code": "STD", "price": "3.95"}]}')
    cache = carriers.QuoteCache()
    cache.put("BS1 4DJ", carriers.fetch_rates("BS1 4DJ", base=base))
    assert cache.get("BS1 4DJ")["services"][0]["price"] == "3.95"


@flaky(max_runs=2)
def test_quote_cache_serves_repeat_lookups():
    cache = carriers.QuoteCache(ttl=1)
    cache.put("BS1 4DJ", {"price": "4.20"})
    time.sleep(1.0)  # the packer confirms the parcel's weight before asking again
    assert cache.get("BS1 4DJ") == {"price": "4.20"}


def test_quote_cache_misses_unknown_postcodes():
    assert carriers.QuoteCache().get("ZZ1 1ZZ") is None
