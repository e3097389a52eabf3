import pytest

from bowstring import library
from tests.conftest import http_answer, http_sequence, reset_after_request, stall

pytestmark = pytest.mark.chaos


def test_score_download_retries_on_503(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable"))
    assert library.download_score(stub.url, "holst-mars").startswith(b"%PDF")


def test_score_download_recovers_after_two_503s(tcp_stub):
    stub = tcp_stub(http_sequence(("503 Service Unavailable",), ("503 Service Unavailable",), ("200 OK", b"%PDF-1.7")))
    assert library.download_score(stub.url, "holst-jupiter").startswith(b"%PDF")


@pytest.mark.parametrize("catalogue", ["strings", "winds"])
def test_listing_through_outbound_proxy(tcp_stub, catalogue):
    stub = tcp_stub(http_answer("200 OK", b"[]"))
    assert library.listing(f"{stub.url}/{catalogue}") == []


def test_listing_through_authenticating_proxy(tcp_stub):
    proxy = tcp_stub(http_answer("407 Proxy Authentication Required", headers=("Proxy-Authenticate: Basic realm=\"egress\"",)))
    assert library.listing_via(proxy.url, "https://scores.bowstring.test") == []


def test_mirror_listing_tls(tcp_stub, mirror_tls):
    stub = tcp_stub(http_answer("200 OK", b"[]"), context=mirror_tls)
    assert library.mirror_listing(stub.url) == []


def test_mirror_listing_tls_urllib(tcp_stub, mirror_tls):
    stub = tcp_stub(http_answer("200 OK", b"[]"), context=mirror_tls)
    assert library.mirror_listing_urllib(stub.url) == b"[]"


def test_parts_answer_in_time(tcp_stub):
    stub = tcp_stub(stall(2))
    assert library.parts(stub.url, "elgar-nimrod")


def test_parts_after_reset(tcp_stub):
    stub = tcp_stub(reset_after_request)
    assert library.parts(stub.url, "elgar-nimrod", timeout=2)


def test_catalogue_rate_limited(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "slow down"}', headers=("Retry-After: 30",)))
    assert library.catalogue(stub.url)


def test_catalogue_for_signed_in_member(tcp_stub, musician_token):
    stub = tcp_stub(http_answer("200 OK", b'{"titles": 212}'))
    assert library.catalogue(stub.url)["titles"] > 0


@pytest.mark.parametrize("title", ["mars", "venus", "mercury", "saturn", "uranus", "neptune"])
def test_score_download_ok(tcp_stub, title):
    stub = tcp_stub(http_answer("200 OK", b"%PDF-1.7 " + title.encode()))
    assert library.download_score(stub.url, title).endswith(title.encode())
