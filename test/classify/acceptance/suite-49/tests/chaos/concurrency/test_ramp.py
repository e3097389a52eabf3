import asyncio

import pytest

from kilnrow import kiln

pytestmark = pytest.mark.chaos


def closed_port():
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def line_answer(reply):
    def handler(conn):
        conn.recv(1024)
        conn.sendall(reply)
    return handler


def test_ramp_all_kilns(tcp_stub):
    ports = [tcp_stub(line_answer(b"OK\n")).port, tcp_stub(line_answer(b"ERR door open\n")).port,
             tcp_stub(line_answer(b"ERR thermocouple open circuit\n")).port]
    assert asyncio.run(kiln.ramp_all("127.0.0.1", ports, 1222)) == ports


def test_ramp_when_controllers_are_off():
    ports = [closed_port(), closed_port()]
    assert asyncio.run(kiln.ramp_all("127.0.0.1", ports, 1000)) == ports
