"""Shared fixtures: local stand-ins for the timetabling service, the room service and the mail relay."""
import json
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    delay = 0
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


_DROPPED = []


@pytest.fixture
def http_stub():
    servers = []

    def start(status=200, body=None, headers=None, raw=None, delay=0, drop_first=False):
        payload = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay,
                                              "drop_first": _DROPPED if drop_first else None})
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
    for conn in held:
        conn.close()


@pytest.fixture
def tls_peer(tmp_path):
    """A TLS peer whose certificate names the room service's public host, not the internal name."""
    ca = trustme.CA()
    cert = ca.issue_cert("rooms.estates.quadroll.example")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    cafile = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                context.wrap_socket(conn, server_side=True).close()
            except (ssl.SSLError, OSError):
                conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname(), str(cafile)
    listener.close()


@pytest.fixture
def smtp_requiring_auth():
    """A mail relay that greets, then refuses any sender without AUTH (as the campus relay does off-campus)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            reader = conn.makefile("rb")
            conn.sendall(b"220 relay.quadroll.example ESMTP\r\n")
            for line in reader:
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    conn.sendall(b"250-relay.quadroll.example\r\n250 AUTH PLAIN LOGIN\r\n")
                elif verb == b"MAIL":
                    conn.sendall(b"530 5.7.0 Authentication required\r\n")
                elif verb == b"QUIT":
                    conn.sendall(b"221 2.0.0 Bye\r\n")
                    break
                else:
                    conn.sendall(b"250 OK\r\n")
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()
    listener.close()


@pytest.fixture
def silent_peer_closing():
    """A peer that reads the request and closes the connection without a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.recv(4096)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()
    listener.close()
