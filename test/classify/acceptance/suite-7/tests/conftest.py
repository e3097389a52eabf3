import datetime
import http.server
import socketserver
import ssl
import struct
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


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

            do_GET = do_POST = do_PUT = do_DELETE = _answer

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
    """A local TCP server that hangs, or reads once and answers fixed bytes."""
    servers = []
    release = threading.Event()

    def start(behaviour, payload=b""):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                if behaviour == "hang":
                    self.request.recv(65536)
                    release.wait(30)
                elif behaviour == "send":
                    self.request.recv(65536)
                    self.request.sendall(payload)

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    release.set()
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def postgres_stub():
    """A PostgreSQL front end that reads the startup message and answers with a FATAL error."""
    servers = []

    def start(code, message):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                (length,) = struct.unpack("!I", self.request.recv(4))
                self.request.recv(length - 4)
                fields = b"SFATAL\0VFATAL\0C" + code.encode() + b"\0M" + message.encode() + b"\0\0"
                self.request.sendall(b"E" + struct.pack("!I", len(fields) + 4) + fields)

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    now = datetime.datetime.now(datetime.timezone.utc)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=90))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "pharmacy.pem", folder / "pharmacy.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@pytest.fixture
def mtls_stub(certificate):
    """An HTTPS server that requires a client certificate signed by its own CA."""
    cert, key = certificate

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
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cert)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    _start(server)
    yield f"https://localhost:{server.server_address[1]}", cert
    server.shutdown()
    server.server_close()
