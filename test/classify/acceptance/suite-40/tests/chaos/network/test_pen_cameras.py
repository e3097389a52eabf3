import time

import pytest

from pawstay import partners
from tests.conftest import closed_port_url, http_answer

pytestmark = pytest.mark.chaos


def test_camera_down():
    partners.open_camera(closed_port_url("ws") + "/pens/3")


def test_camera_gateway(tcp_stub):
    stub = tcp_stub(http_answer("502 Bad Gateway", b"camera gateway unreachable"))
    partners.open_camera(f"ws://127.0.0.1:{stub.port}/pens/3")


def test_camera_frame_stalls(tcp_stub):
    def upgrade_then_stall(conn):
        conn.recv(65536)
        conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
        time.sleep(3)
    stub = tcp_stub(upgrade_then_stall)
    sock = partners.open_camera(f"ws://127.0.0.1:{stub.port}/pens/3", timeout=0.5)
    assert partners.next_frame(sock)


def test_camera_closes_at_handshake(tcp_stub):
    def close(conn):
        conn.recv(65536)
    stub = tcp_stub(close)
    partners.open_camera(f"ws://127.0.0.1:{stub.port}/pens/3")
