"""Shared fixtures: the fleet database, the cache client, and local stand-ins for misbehaving peers."""
import json
import socket
import socketserver
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kerbside import db


@pytest.fixture
def fleet_db():
    """A connection to the fleet's MySQL database, emptied of test reservations afterwards."""
    conn = db.connect()
    yield conn
    with conn.cursor() as cur:
        cur.execute("DELETE FROM reservations WHERE member_id >= 900000")
    conn.commit()
    conn.close()


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    delay = 0.0
    drop = False

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.delay:
            time.sleep(self.delay)
        if self.drop:
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        status, headers, body = self.reply
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def http_stub():
    """Starts a local HTTP peer answering every request the same way; yields its base URL."""
    servers = []

    def start(status=200, body=None, headers=None, delay=0.0, drop=False):
        payload = body if isinstance(body, bytes) else json.dumps(body or {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay, "drop": drop})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def tcp_stub():
    """Starts a local TCP peer that answers each line with a fixed reply (None: never answers, b'': closes)."""
    servers = []

    def start(reply):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                if reply == b"":
                    return
                self.request.settimeout(3)
                try:
                    while self.request.recv(65536):
                        if reply is not None:
                            self.request.sendall(reply)
                except OSError:
                    pass

        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
