import pytest

from stowfold import partners
from tests.conftest import closed_port_url, http_answer, one_in_three_slow

OK = b'{"id": "ch_1", "status": "paid"}'


def test_open_gate_remote():
    assert partners.open_gate("northgate", "A11234")["opened"]


def test_camera_snapshot():
    assert partners.camera_snapshot("gate-1")


def test_insurer_health():
    assert partners.insurer_reachable()


def test_charge_provider_down():
    partners.charge("A101", 8900, base_url=closed_port_url())


def test_charge_one_in_three_slow(tcp_stub):
    # No rerun marker: the first charge of the run meets the slow answer.
    stub = tcp_stub(one_in_three_slow("200 OK", OK))
    assert partners.charge("A101", 8900, base_url=stub.url)["status"] == "paid"


_SLOW_SINCE_START = {"n": 0}


@pytest.mark.flaky(reruns=2)
def test_charge_one_in_three_slow_rerun(tcp_stub):
    # The provider's counter lives across reruns: the first attempt is slow, the rerun is not.
    stub = tcp_stub(one_in_three_slow("200 OK", OK, count=_SLOW_SINCE_START))
    assert partners.charge("A102", 8900, base_url=stub.url)["status"] == "paid"


def test_charge_through_retries(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"busy"))
    partners.charge_with_retry("A101", 8900, base_url=stub.url)


def test_charge_bad_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"<html>bad gateway</html>"))
    partners.charge("A101", 8900, base_url=stub.url)


def test_refund_throttled(tcp_stub):
    stub = tcp_stub(http_answer("429 Too Many Requests", b'{"error": "rate limited"}', ("Retry-After: 30",)))
    partners.refund("p-1", stub.url)


@pytest.mark.flaky(reruns=2)
def test_refund_connection_reset(tcp_stub):
    import socket
    import struct

    def reset(conn):
        conn.recv(65536)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    stub = tcp_stub(reset)
    partners.refund("p-2", stub.url)


def test_card_status_maintenance(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b"<html><body>Down for maintenance</body></html>", ("Content-Type: text/html",)))
    assert partners.card_status("c-9", stub.url)["active"]


def test_charge_staging_tls(tls_stub):
    stub = tls_stub(http_answer("200 OK", OK))
    assert partners.charge("A101", 8900, base_url=stub.url)["status"] == "paid"


def test_insurer_quote_staging_tls(tls_stub):
    stub = tls_stub(http_answer("200 OK", b'{"monthly": 420}'))
    assert partners.insurer_quote(150000, stub.url)["monthly"] == 420


def test_refund_staging_tls(tls_stub):
    stub = tls_stub(http_answer("200 OK", b'{"ok": true}'))
    assert partners.refund("p-3", stub.url)["ok"]


def test_sms_reminder(tcp_stub):
    stub = tcp_stub(http_answer("200 OK", b"{}"))
    partners.send_sms("+447700900123", "Your rent is due", stub.url)
