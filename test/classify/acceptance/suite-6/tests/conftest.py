import datetime
import http.server
import socket
import socketserver
import ssl
import threading
from xmlrpc.server import SimpleXMLRPCServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import settings

settings.register_profile("ci", database=None)
settings.load_profile("ci")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def _start(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def http_stub():
    """A local HTTP server answering every request with the given status, body and headers."""
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
def tcp_stub():
    """A local TCP server that hangs, closes at once, or answers fixed bytes and closes."""
    servers = []
    release = threading.Event()

    def start(behaviour, payload=b""):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                if behaviour == "hang":
                    release.wait(30)
                elif behaviour == "send":
                    self.request.recv(65536)
                    self.request.sendall(payload)
                elif behaviour == "greet":
                    self.request.sendall(payload)
                    release.wait(1)

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    release.set()
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def ftp_stub():
    """A minimal FTP control channel: greets, then answers USER and PASS as told."""
    servers = []

    def start(pass_reply):
        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.wfile.write(b"220 meterwell-drop FTP ready\r\n")
                for line in self.rfile:
                    verb = line.split(b" ", 1)[0].strip().upper()
                    if verb == b"USER":
                        self.wfile.write(b"331 Password required\r\n")
                    elif verb == b"PASS":
                        self.wfile.write(pass_reply + b"\r\n")
                    elif verb == b"QUIT":
                        self.wfile.write(b"221 Bye\r\n")
                        return
                    else:
                        self.wfile.write(b"502 Command not implemented\r\n")

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def headend():
    """The vendor's head-end emulator, as the team runs it in CI."""
    server = SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
    registered = []
    server.register_function(lambda meter: registered.append(meter) or len(registered), "headend.register_meter")
    server.register_function(lambda: len(registered), "headend.count")
    _start(server)
    yield f"http://127.0.0.1:{server.server_address[1]}/RPC2"
    server.shutdown()
    server.server_close()


def _certificate(folder, name, host, not_before, not_after):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture(scope="session")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    now = datetime.datetime.now(datetime.timezone.utc)
    return {
        "expired": _certificate(folder, "expired", "localhost", now - datetime.timedelta(days=400), now - datetime.timedelta(days=3)),
        "collector": _certificate(folder, "collector", "collector.meterwell.test", now - datetime.timedelta(days=1), now + datetime.timedelta(days=90)),
    }


@pytest.fixture
def https_stub(certificates):
    servers = []

    def start(which):
        cert, key = certificates[which]

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
        servers.append(server)
        return server.server_address[1], cert

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
