import pytest

from baywarden import permits
from tests.conftest import closed_port_url, http_answer, reset_after_request, stall

pytestmark = pytest.mark.chaos


def test_permit_registry_down():
    assert permits.permit("AB12 CDE", closed_port_url())


def test_permit_registry_default_host():
    assert permits.zone_of("AB12 CDE") == "Z4"


def test_permit_registry_not_accepting(busy_port_url):
    assert permits.permit("CD34 EFG", busy_port_url)


@pytest.mark.flaky(reruns=2)
def test_permit_registry_slow(tcp_stub):
    stub = tcp_stub(stall())
    assert permits.permit("EF56 HIJ", stub.url, timeout=0.4)


def test_permit_registry_resets(tcp_stub):
    stub = tcp_stub(reset_after_request)
    assert permits.permit("GH78 KLM", stub.url)


def test_permit_registry_gateway_timeout(tcp_stub):
    stub = tcp_stub(http_answer("504 Gateway Timeout", b"<html>upstream timed out</html>"))
    assert permits.permit("JK90 NOP", stub.url)


def test_permit_found(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b'{"plate": "LM12 QRS", "zone": "Z2"}', ("Content-Type: application/json",)))
    assert permits.zone_of("LM12 QRS", stub.url) == "Z2"


_resets = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_permit_after_registry_restart(tcp_stub):
    _resets["count"] += 1
    if _resets["count"] == 1:
        stub = tcp_stub(reset_after_request)
    else:
        stub = tcp_stub(http_answer("200 OK", b'{"zone": "Z1"}', ("Content-Type: application/json",)))
    assert permits.zone_of("NP34 TUV", stub.url) == "Z1"
