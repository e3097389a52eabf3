import http.server
import socket
import socketserver
import ssl
import subprocess
import threading

import pytest


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def _start(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture
def http_stub():
    """Starts a local HTTP server answering every request with the given status, body and headers."""
    servers = []

    def start(status, body=b"", headers=None):
        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

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
def tcp_stub():
    """Starts a local TCP server that behaves badly: hangs, closes, or sends fixed bytes."""
    servers = []
    release = threading.Event()

    def start(behaviour, payload=b""):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                if behaviour == "hang":
                    release.wait(30)
                elif behaviour == "close":
                    return
                elif behaviour == "send":
                    self.request.recv(65536)
                    self.request.sendall(payload)
                    release.wait(0.2)

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    release.set()
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.fixture
def https_stub(self_signed):
    cert, key = self_signed

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    _start(server)
    yield f"https://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
