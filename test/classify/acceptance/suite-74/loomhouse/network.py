"""Peers: the dyehouse, the pattern catalogue, the order desk, the finishing line, loom telemetry."""
import json
import socket
import urllib.request
from urllib.parse import urlsplit

from loomhouse import settings


def _get(url, timeout):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


class Dyehouse:
    def __init__(self):
        self.base = settings.peer_url("dyehouse")
        self.timeout = settings.service()["dyehouse"]["timeout"]

    def lot(self, lot):
        return _get(f"{self.base}/lots/{lot}", self.timeout)

    def colours(self):
        return _get(f"{self.base}/colours", self.timeout)


class Catalogue:
    def __init__(self):
        self.base = settings.peer_url("catalogue")
        self.config = settings.service()["catalogue"]

    def pattern(self, name):
        return _get(f"{self.base}{self.config['patterns_path']}/{name}", self.config["timeout"])


class OrderDesk:
    def __init__(self):
        self.base = settings.peer_url("orders")

    def due(self, order):
        answer = _get(f"{self.base}/orders/{order}", 2)
        return answer["due"]

    def metres(self, order):
        return _get(f"{self.base}/orders/{order}", 2)["metres"]


def status(peer, path="/status", timeout=0.5):
    return _get(f"{settings.peer_url(peer)}{path}", timeout)


def notify(peer, message, timeout=0.5):
    address = urlsplit(settings.peer_url(peer))
    with socket.create_connection((address.hostname, address.port), timeout=timeout) as connection:
        connection.sendall(message.encode() + b"\n")
        return connection.recv(1024)


class Telemetry:
    """Loom readings sent one per line, each acknowledged."""

    def __init__(self, timeout=0.3):
        address = urlsplit(settings.peer_url("telemetry"))
        self.connection = socket.create_connection((address.hostname, address.port), timeout=timeout)
        self.reader = self.connection.makefile("rb")

    def send(self, reading):
        self.connection.sendall(f"{reading}\n".encode())
        return self.reader.readline().decode().strip()

    def close(self):
        self.reader.close()
        self.connection.close()
