import pytest

from kilnrow import kiln

pytestmark = pytest.mark.chaos


def test_kiln_temperature_is_read():
    assert 0 < kiln.read_temperature() < 1400


def test_kiln_temperature_of_second_port():
    assert kiln.read_temperature(port=7071) >= 0


def test_kiln_temperature_reply(tcp_stub):
    def handler(conn):
        conn.recv(64)
        conn.sendall(b"TEMP 1220.5 C\n")
    stub = tcp_stub(handler)
    assert kiln.read_temperature("127.0.0.1", stub.port) == 1220.5
