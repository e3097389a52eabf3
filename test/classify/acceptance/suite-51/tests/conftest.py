import datetime
import json
import socket
import ssl
import struct
import threading

import pytest

from bowstring import settings


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread; over TLS when a context is given."""

    def __init__(self, handler, context=None, port=0):
        self.handler = handler
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.context = context
        self.url = f"{'https' if context else 'http'}://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            if self.context:
                conn = self.context.wrap_socket(conn, server_side=True)
            self.handler(conn)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def http_answer(status, body=b"", headers=()):
    def handler(conn):
        conn.recv(65536)
        head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Connection: close", *headers]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    return handler


def http_sequence(*answers):
    """Each connection gets the next (status, body) answer; the last one repeats."""
    count = [0]

    def handler(conn):
        index = min(count[0], len(answers) - 1)
        count[0] += 1
        http_answer(*answers[index])(conn)
    return handler


def stall(seconds=2):
    def handler(conn):
        conn.recv(65536)
        threading.Event().wait(seconds)
    return handler


def reset_after_request(conn):
    conn.recv(65536)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def resp_answer(*replies):
    def handler(conn):
        index = 0
        while True:
            data = conn.recv(65536)
            if not data:
                return
            for _ in range(max(1, data.count(b"*"))):
                conn.sendall(replies[min(index, len(replies) - 1)])
                index += 1
    return handler


@pytest.fixture
def tcp_stub():
    stubs = []

    def start(handler, context=None):
        stub = Stub(handler, context)
        stubs.append(stub)
        return stub

    yield start
    for stub in stubs:
        stub.close()


def _self_signed(folder):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "scores.bowstring.test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "mirror.crt", folder / "mirror.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture(scope="session")
def mirror_tls(tmp_path_factory):
    cert, key = _self_signed(tmp_path_factory.mktemp("tls"))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


class IdentityProvider:
    """The orchestra's identity provider as the CI environment runs it: it went away during the night's run."""

    def __init__(self, sign_ins_before_outage):
        self.left = sign_ins_before_outage
        port = int(settings.IDP_URL.rsplit(":", 1)[1])
        self.stub = Stub(self.handle, port=port)

    def handle(self, conn):
        request = conn.recv(65536)
        body = json.dumps({"access_token": "tok-" + str(self.left), "token_type": "Bearer",
                           "scope": "rehearsal:read score:annotate concert:perform roster:edit",
                           "section": "viola", "instrument": "viola"}).encode()
        if b"/oauth/token" in request:
            self.left -= 1
            if self.left <= 0:
                self.stub.close()
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                     + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


@pytest.fixture(scope="session", autouse=True)
def identity_provider():
    provider = IdentityProvider(sign_ins_before_outage=4)
    yield provider
    provider.stub.close()


@pytest.fixture
def musician_token():
    from bowstring import auth
    return auth.sign_in("viola.2@bowstring.test", "open-strings")


@pytest.fixture
def signed_out_after():
    from bowstring import auth
    token = auth.issue_session({"member": 41, "section": "viola"})
    yield token
    auth.log_out(token)
