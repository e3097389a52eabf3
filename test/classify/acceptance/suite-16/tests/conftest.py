"""Shared fixtures: local stand-ins for the exchange (HTTP and framed TCP, plain and TLS) and the budget ledger."""
import json
import socket
import socketserver
import ssl
import struct
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bidlark import campaigns


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    close = False

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.close:
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

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def http_stub():
    """Starts a local HTTP peer answering every request the same way; yields a function returning its URL."""
    servers = []

    def start(status=200, body=None, headers=None, close=False):
        payload = json.dumps(body if body is not None else {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "close": close})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


_RESTARTED = set()


class _Frames(socketserver.BaseRequestHandler):
    mode = "ack"

    def handle(self):
        if self.mode == "silent":
            time.sleep(2)
            return
        if self.mode == "drop-first" and "exchange" not in _RESTARTED:
            # The exchange restarts once in the session: its first connection is dropped.
            _RESTARTED.add("exchange")
            self.request.shutdown(socket.SHUT_RDWR)
            return
        header = self.request.recv(4)
        if len(header) < 4:
            return
        self.request.recv(struct.unpack(">I", header)[0])
        if self.mode == "cut":
            self.request.sendall(b"\x00\x00")
            return
        ack = json.dumps({"status": "accepted"}).encode()
        self.request.sendall(struct.pack(">I", len(ack)) + ack)


@pytest.fixture
def frame_stub():
    """Starts a local exchange speaking length-prefixed frames; yields a function returning its port."""
    servers = []

    def start(mode="ack", tls=None):
        handler = type("Handler", (_Frames,), {"mode": mode})
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def exchange_cert(tmp_path_factory):
    """The certificate the exchange's gateway presents: for its public name, not the address the bidder dials."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=rtb.exchange.example",
         "-addext", "subjectAltName=DNS:rtb.exchange.example", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return str(cert), str(key)


@pytest.fixture
def ledger(tmp_path):
    return campaigns.BudgetLedger(tmp_path / "budget.sqlite")
