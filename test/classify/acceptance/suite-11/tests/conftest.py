import http.server
import json
import socket
import socketserver
import threading
import time

import pytest


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def _start(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def http_stub():
    """A local HTTP server answering every request with the given status and body, after a delay;
    with close=True it reads the request and closes the connection without answering."""
    servers = []

    def start(status=200, body=b"{}", headers=None, delay=0.0, close=False, routes=None):
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                if close:
                    self.close_connection = True
                    return
                time.sleep(delay)
                code, payload = (routes or {}).get(self.path, (status, body))
                if isinstance(payload, (dict, list)):
                    payload = json.dumps(payload).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent_port():
    """A TCP port that accepts connections and never says anything."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield listener.getsockname()[1]
    listener.close()


@pytest.fixture
def resp_stub():
    """A local server speaking Redis's protocol, answering each command with answer(command)."""
    servers = []

    def start(answer):
        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                while True:
                    head = self.rfile.readline()
                    if not head:
                        return
                    parts = []
                    for _ in range(int(head[1:])):
                        size = int(self.rfile.readline()[1:])
                        parts.append(self.rfile.read(size + 2)[:-2].decode())
                    self.wfile.write(answer(parts))

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def settings():
    from lendwell.settings import load

    return load()
