import pytest

from meterwell import transport


@pytest.mark.chaos
def test_publish_readings_to_kafka():
    transport.publish([{"meter": "M-1", "ts": 1764547200, "wh": 1250}])


@pytest.mark.chaos
def test_live_feed_connects():
    feed = transport.open_live_feed()
    assert feed.recv()


def test_register_meter_at_headend(headend):
    assert transport.register_meter(headend, "M-7731") == 1


def test_headend_behind_gateway(http_stub):
    url = http_stub(502, b"<html>Bad Gateway</html>", {"Content-Type": "text/html"})
    transport.register_meter(f"{url}/RPC2", "M-7731")


def test_daily_dump_upload(ftp_stub):
    port = ftp_stub(b"530 Login incorrect.")
    transport.upload_dump("127.0.0.1", port, "dump-2026-11-30.csv", b"meter,ts,wh\n")


def test_gateway_status_page(tcp_stub):
    port = tcp_stub("send", b"")
    status, _ = transport.gateway_status("127.0.0.1", port)
    assert status == 200


def test_gateway_firmware_manifest(tcp_stub):
    port = tcp_stub(
        "send",
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{\"firmware\": [",
    )
    status, body = transport.gateway_status("127.0.0.1", port)
    assert status == 200


def test_gateway_status_on_admin_port(tcp_stub):
    port = tcp_stub("greet", b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n")
    transport.gateway_status("127.0.0.1", port)


def test_day_ahead_prices(http_stub):
    url = http_stub(503, b"upstream maintenance", {"Retry-After": "0"})
    prices = transport.fetch_prices(url)
    assert len(prices) == 24


def test_day_ahead_prices_parsed(http_stub):
    url = http_stub(200, b"[" + b",".join(b"0.1" for _ in range(24)) + b"]")
    assert len(transport.fetch_prices(url)) == 24


def test_gateway_hostname_plain():
    assert transport.gateway_hostname("GW-0042") == "gw-0042.grid.example"


def test_gateway_hostname_for_submeter():
    assert transport.gateway_hostname("GW_0042-SUB1") == "gw_0042-sub1.grid.example"


def test_raw_gateway_query(tcp_stub):
    port = tcp_stub("hang")
    assert transport.raw_gateway_query("127.0.0.1", port, b"READ 1.8.0").startswith(b"1.8.0")
