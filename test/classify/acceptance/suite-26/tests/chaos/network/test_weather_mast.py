import socket

import pytest

from starwick import mast

pytestmark = pytest.mark.chaos


def test_conditions_tonight():
    assert "wind_kmh" in mast.read_conditions()


def test_safe_to_open_dome():
    assert mast.safe_to_open(mast.read_conditions()) in (True, False)


def _server(reply, close=True):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    import threading

    def serve():
        peer, _ = listener.accept()
        peer.recv(1024)
        if reply is not None:
            peer.sendall(reply)
        if close:
            peer.close()
        else:
            threading.Event().wait(10)

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1]


def test_mast_busy():
    port = _server(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 22\r\n\r\nmast rebooting sensors")
    assert mast.read_conditions(port=port)


def test_mast_cuts_answer():
    port = _server(b'HTTP/1.1 200 OK\r\nContent-Length: 64\r\n\r\n{"wind_kmh": 12, "hum')
    assert mast.read_conditions(port=port)


def test_mast_stalls():
    port = _server(None, close=False)
    assert mast.read_conditions(port=port)


def test_mast_port_speaks_ssh():
    port = _server(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", close=False)
    assert mast.read_conditions(port=port)
