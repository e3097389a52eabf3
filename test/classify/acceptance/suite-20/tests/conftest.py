"""Shared fixtures: local stand-ins for the translation provider, the SSO service and Redis."""
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


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


_DROPPED = []


@pytest.fixture
def http_stub():
    servers = []

    def start(status=200, body=None, headers=None, raw=None, delay=0, drop_first=False):
        payload = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay,
                                              "drop_first": _DROPPED if drop_first else None})
        server = _QuietServer(("127.0.0.1", 0), handler)
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


@pytest.fixture
def self_signed_peer():
    """An HTTPS peer whose certificate comes from its own CA, which the client is not given."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
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
    yield listener.getsockname()
    listener.close()


@pytest.fixture
def cut_stream():
    """A peer that announces a chunked JSON answer and closes halfway through a chunk."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                         b"400\r\n{\"translations\": [{\"translatedText\": \"Bonjour")
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()
    listener.close()


@pytest.fixture
def redis_stub():
    """A Redis stand-in answering each command from a table (RESP), +OK for the rest."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    answers = {}

    def read_command(reader):
        line = reader.readline()
        if not line:
            return None
        count = int(line[1:])
        parts = []
        for _ in range(count):
            size = int(reader.readline()[1:])
            parts.append(reader.read(size + 2)[:-2].decode())
        return parts

    def serve():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            reader = conn.makefile("rb")
            while True:
                command = read_command(reader)
                if command is None:
                    break
                name = command[0].upper()
                if name in ("CLIENT", "SELECT", "HELLO"):
                    conn.sendall(b"+OK\r\n")
                    continue
                conn.sendall(answers.get(name, b"+OK\r\n"))
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    host, port = listener.getsockname()

    def start(**table):
        answers.update({name.upper(): reply for name, reply in table.items()})
        return f"redis://{host}:{port}/0"

    yield start
    listener.close()
