import socket

import pytest

DISPLAY_PORT = 58765


@pytest.fixture(scope="session")
def metrics_exporter():
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", DISPLAY_PORT))
    sock.listen()
    yield sock
    sock.close()


@pytest.fixture
def display_server():
    sock = socket.socket()
    sock.bind(("127.0.0.1", DISPLAY_PORT))
    sock.listen()
    yield sock
    sock.close()


def test_metrics_exported(metrics_exporter):
    assert metrics_exporter.getsockname()[1] == DISPLAY_PORT


def test_display_shows_departures(display_server):
    assert display_server.getsockname()[1] == DISPLAY_PORT


def test_display_needs_gpu():
    pytest.skip("no display hardware on CI runners")
