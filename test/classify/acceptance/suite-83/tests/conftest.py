import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from berthline import settings as settings_module


@pytest.fixture
def settings():
    return settings_module.load()


class HarbourStub(BaseHTTPRequestHandler):
    """The harbour-master's API as the chaos tests inject faults into it."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _json(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        if url.path == "/latency":
            time.sleep(int(query["ms"][0]) / 1000)
            self._json(200, {"levels": [1.2, 1.9, 2.4], "source": "live"})
        elif url.path.startswith("/status/"):
            self._json(int(url.path.rsplit("/", 1)[1]), {"error": "injected"})
        elif url.path == "/reset":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif url.path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b'{"wind_knots": 14, "gu')
            self.close_connection = True
        else:
            self._json(200, {"status": "ok", "path": url.path})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        self._json(202, {"accepted": True})


@pytest.fixture(scope="session")
def harbour():
    server = ThreadingHTTPServer(("127.0.0.1", 0), HarbourStub)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def silent_peer():
    """A TCP peer that accepts and never answers (the AIS gateway when its upstream hangs)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held = []

    def accept():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()
    listener.close()
