import http.server
import socket
import socketserver
import threading

import pytest


class _Handler(http.server.BaseHTTPRequestHandler):
    behaviour = {}

    def log_message(self, *args):
        pass

    def _answer(self):
        behaviour = self.behaviour
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if behaviour.get("drop"):
            self.connection.shutdown(socket.SHUT_RDWR)
            self.connection.close()
            return
        if behaviour.get("delay"):
            threading.Event().wait(behaviour["delay"])
        body = behaviour.get("body", b'{"events": []}')
        self.send_response(behaviour.get("status", 200))
        for name, value in behaviour.get("headers", {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", behaviour.get("type", "application/json"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer


@pytest.fixture
def http_stub():
    """Starts a local HTTP server answering as told; yields a function returning its base URL."""
    servers = []

    def start(**behaviour):
        handler = type("Handler", (_Handler,), {"behaviour": behaviour})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
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
    """A TCP peer that reads one line and then sends what it is told (or nothing); yields its port."""
    servers = []

    def start(reply=None, close=True):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                self.request.recv(1024)
                if reply is None:
                    threading.Event().wait(10)
                    return
                self.request.sendall(reply)
                if not close:
                    threading.Event().wait(10)

        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
