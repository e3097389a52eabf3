"""Shared fixtures: local stand-ins for the forge, the artifact store and agents (HTTP, raw TCP, TLS)."""
import json
import socket
import socketserver
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    drop_first = None

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.drop_first is not None and not self.drop_first:
            self.drop_first.append(1)
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


_DROPPED = []


@pytest.fixture
def http_stub():
    """Starts a local HTTP peer answering every request the same way; yields a function returning its URL."""
    servers = []

    def start(status=200, body=None, headers=None, raw=None, drop_first=False):
        payload = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        handler = type(
            "Handler", (_Stub,), {"reply": (status, headers or {}, payload), "drop_first": _DROPPED if drop_first else None}
        )
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
def silent_peer():
    """A TCP peer that accepts connections and never says anything; yields its (host, port)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()
    listener.close()
    for connection in held:
        connection.close()


@pytest.fixture(scope="session")
def forge_ca():
    return trustme.CA()


@pytest.fixture
def tls_peer(forge_ca, tmp_path):
    """A TLS peer whose certificate names forge.internal; yields (host, port, cafile)."""
    cert = forge_ca.issue_cert("forge.internal")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    cafile = tmp_path / "ca.pem"
    forge_ca.cert_pem.write_to_path(str(cafile))

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            try:
                with context.wrap_socket(self.request, server_side=True) as tls:
                    tls.recv(1024)
            except (ssl.SSLError, OSError):
                pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield "127.0.0.1", server.server_address[1], str(cafile)
    server.shutdown()
    server.server_close()
