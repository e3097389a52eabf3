"""Shared fixtures: the ledger, local stand-ins for the bank's API (plain and TLS) and for memcached."""
import json
import socket
import socketserver
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tallyhouse import ledger


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    delay = 0.0
    close = False

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.delay:
            time.sleep(self.delay)
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

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def bank_stub():
    """Starts a local bank API answering every request the same way; yields a function returning its URL."""
    servers = []

    def start(status=200, body=None, headers=None, delay=0.0, close=False, tls=None):
        payload = body if isinstance(body, bytes) else json.dumps(body if body is not None else {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay, "close": close})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        scheme = "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            server.socket = context.wrap_socket(server.socket, server_side=True)
            scheme = "https"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"{scheme}://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory):
    """A certificate the bank's staging gateway presents: self-signed, for 127.0.0.1."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return str(cert), str(key)


class _Memcached(socketserver.StreamRequestHandler):
    answer = b"SERVER_ERROR out of memory storing object\r\n"
    delay = 0.0

    def handle(self):
        for line in self.rfile:
            if line.startswith((b"set", b"add")):
                self.rfile.readline()
            if self.delay:
                time.sleep(self.delay)
            self.wfile.write(self.answer if not line.startswith(b"get") else b"END\r\n")


@pytest.fixture
def memcached_stub():
    servers = []

    def start(answer=None, delay=0.0):
        handler = type("Handler", (_Memcached,), {"answer": answer or _Memcached.answer, "delay": delay})
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def ledger_client():
    client = ledger.Ledger()
    client.ping()
    return client


@pytest.fixture
def replica(tmp_path):
    db = ledger.open_replica(tmp_path / "replica.db")
    yield db
    db.close()
