"""Shared fixtures: local stand-ins for the weather service, and the databases the suite needs."""
import json
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from snowgate import rentals, skiers


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    delay = 0
    drop = False

    def _answer(self):
        if self.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if self.delay:
            threading.Event().wait(self.delay)
        status, headers, body = self.reply
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture
def http_stub():
    servers = []

    def start(status=200, body=None, headers=None, raw=None, delay=0, drop=False):
        payload = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay, "drop": drop})
        server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v2"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def skier_db():
    conn = skiers.connect()
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def rental_db():
    rentals.bind()
    return rentals.db


@pytest.fixture
def receipts_dir(tmp_path):
    folder = tmp_path / "receipts"
    folder.mkdir()
    yield folder
    os.rmdir(folder)
