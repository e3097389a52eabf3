"""Shared fixtures: local stand-ins for the harbour master's API, Redis and the mail relay."""
import json
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    delay = 0

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
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

    def start(status=200, body=None, headers=None, raw=None, delay=0):
        payload = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay})
        server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent_peer():
    """A peer that accepts connections and never says a word."""
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
                if name == "HELLO":
                    conn.sendall(b"%3\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$5\r\n7.2.4\r\n"
                                 b"$5\r\nproto\r\n:3\r\n")
                    continue
                if name == "CLIENT" or (name == "SELECT" and "SELECT" not in answers):
                    conn.sendall(b"+OK\r\n")
                    continue
                conn.sendall(answers.get(name, b"+OK\r\n"))
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    host, port = listener.getsockname()

    def start(db=0, **table):
        answers.update({name.upper(): reply for name, reply in table.items()})
        return f"redis://{host}:{port}/{db}"

    yield start
    listener.close()


class _Relay(socketserver.StreamRequestHandler):
    """A mail relay that speaks plain SMTP and offers no STARTTLS."""

    def handle(self):
        self.wfile.write(b"220 relay.kestrel-quay.example ESMTP\r\n")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.split(b" ")[0].strip().upper()
            if verb == b"EHLO":
                self.wfile.write(b"250-relay.kestrel-quay.example\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def smtp_relay():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Relay)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address
    server.shutdown()
    server.server_close()
