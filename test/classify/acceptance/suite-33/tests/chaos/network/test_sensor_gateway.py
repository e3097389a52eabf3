import pytest

from hedgerow import mail, sensors
from tests.conftest import hang_up, http_answer, slow_answer, stall

pytestmark = pytest.mark.chaos

LEVELS = b'{"levels": [{"butt": "n1", "litres": 80}, {"butt": "n2", "litres": 35}]}'


def test_levels_north():
    assert sensors.GatewayClient().levels("north")


def test_levels_south():
    assert sensors.GatewayClient().levels("south")


def test_levels_slow(tcp_stub):
    stub = tcp_stub(slow_answer(2.0, body=LEVELS))
    assert sensors.GatewayClient(stub.url, timeout=0.5).levels("north")


def test_levels_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html><body>502 Bad Gateway</body></html>"))
    assert sensors.GatewayClient(stub.url).levels("north")


def test_levels_retry_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream unavailable"))
    assert sensors.GatewayClient(stub.url).levels_retrying("north")


def test_levels_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b"slow down", ["Retry-After: 30"]))
    assert sensors.levels_requests(stub.url, "north")


def test_levels_by_gateway_host():
    assert sensors.levels_by_host("north")


def test_levels_connection_dropped(tcp_stub):
    stub = tcp_stub(hang_up)
    assert sensors.levels_requests(stub.url, "north")


def test_levels_maintenance_page(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b"<html><h1>Down for maintenance</h1></html>", ["Content-Type: text/html"]))
    assert sensors.levels_requests(stub.url, "north")


def test_levels_over_tls(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", LEVELS))
    assert sensors.levels_requests(f"https://127.0.0.1:{stub.port}", "north")


def test_levels_stalled(tcp_stub):
    stub = tcp_stub(stall)
    assert sensors.levels_requests(stub.url, "north", timeout=10)


def test_drought_notice_sent():
    mail.send_notice("plotholders@hedgerow.example", "Hosepipe ban", "Please use the butts.")
