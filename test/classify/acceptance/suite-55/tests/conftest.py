import json
import socket
import ssl
import threading
import time
import urllib.parse
from datetime import datetime, timedelta, timezone

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from fellcall import settings


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread."""

    def __init__(self, handler, port=0, backlog=16, wrap=None):
        self.handler = handler
        self.wrap = wrap
        self.conns = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(backlog)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        if handler is not None:
            threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            if self.wrap is not None:
                conn = self.wrap(conn)
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
        for conn in self.conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None, None, b""
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode().split("\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value)
    while len(body) < length:
        body += conn.recv(65536)
    method, path, _ = lines[0].split(" ", 2)
    return method, path, body


def http_reply(conn, status, body, content_type="application/json"):
    if isinstance(body, str):
        body = body.encode()
    conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nConnection: close\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


class IdentityProvider:
    """The region's identity provider as it ran that night: its pod was evicted after 14 requests and was not
    rescheduled before the run ended."""

    MEMBERS = {"j.hartley": "ghyll-7", "a.okafor": "crag-12", "m.rigg": "tarn-3", "coord.lee": "ridge-9"}
    SECRETS = {"fellcall-web": "heather-and-scree", "fellcall-bridge": "bridge-2026-spring"}

    def __init__(self, requests_before_eviction):
        self.left = requests_before_eviction
        self.lock = threading.Lock()
        self.key = RSAKey.generate_key(2048, parameters={"kid": "region-2026", "use": "sig", "alg": "RS256"})
        self.stub = Stub(self.handle, port=int(settings.IDP_URL.rsplit(":", 1)[1]))

    def mint(self, sub, scope, lifetime):
        now = int(time.time())
        claims = {"iss": settings.IDP_ISSUER, "aud": settings.TOKEN_AUDIENCE, "sub": sub, "scope": scope,
                  "iat": now, "nbf": now, "exp": now + lifetime}
        return jwt.encode({"alg": "RS256", "kid": "region-2026"}, claims, self.key)

    def handle(self, conn):
        method, path, body = read_request(conn)
        if method is None:
            return
        with self.lock:
            self.left -= 1
            evicted = self.left < 0
        if evicted:
            self.stub.close()
            return
        if path == "/jwks":
            http_reply(conn, "200 OK", json.dumps(KeySet([self.key]).as_dict(private=False)))
            return
        if path == "/token":
            form = dict(urllib.parse.parse_qsl(body.decode()))
            if self.SECRETS.get(form.get("client_id")) != form.get("client_secret"):
                http_reply(conn, "401 Unauthorized", '{"error": "invalid_client"}')
                return
            if form["grant_type"] == "client_credentials":
                lifetime = 2 if form["client_id"] == "fellcall-web" else 900
                token = self.mint(form["client_id"], form.get("scope", ""), lifetime)
                http_reply(conn, "200 OK", json.dumps({"access_token": token, "expires_in": lifetime}))
                return
            if self.MEMBERS.get(form.get("username")) != form.get("password"):
                http_reply(conn, "400 Bad Request", '{"error": "invalid_grant"}')
                return
            token = self.mint(form["username"], form.get("scope", "callouts:read"), 900)
            http_reply(conn, "200 OK", json.dumps({"access_token": token, "expires_in": 900}))
            return
        if path.startswith("/users/") and method == "PUT":
            http_reply(conn, "403 Forbidden", '{"error": "insufficient_scope", "required": "team:admin"}')
            return
        http_reply(conn, "404 Not Found", '{"error": "not_found"}')


@pytest.fixture(scope="session", autouse=True)
def identity_provider():
    provider = IdentityProvider(requests_before_eviction=14)
    yield provider
    provider.stub.close()


@pytest.fixture
def member_token(identity_provider):
    from fellcall import auth
    return auth.sign_in("a.okafor", "crag-12")


class Issuer:
    """Another organisation's token issuer: the suite signs its tokens as that issuer does, with its clock."""

    def __init__(self, kid, issuer, audience, clock_offset=0):
        self.key = RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})
        self.kid = kid
        self.issuer = issuer
        self.audience = audience
        self.clock_offset = clock_offset

    def mint(self, sub, lifetime=600):
        now = int(time.time()) + self.clock_offset
        claims = {"iss": self.issuer, "aud": self.audience, "sub": sub, "iat": now, "nbf": now, "exp": now + lifetime}
        return jwt.encode({"alg": "RS256", "kid": self.kid}, claims, self.key)

    def keys(self):
        return KeySet.import_key_set(KeySet([self.key]).as_dict(private=False))


@pytest.fixture(scope="session")
def federation():
    # The national federation rotated its signing key in the spring and revoked the old one.
    return Issuer("fed-2026", "https://id.mountain-rescue.test", "mountain-rescue")


@pytest.fixture(scope="session")
def neighbour_team():
    # The neighbouring team's provider, whose host clock ran four minutes fast that night.
    return Issuer("dales-1", "https://id.dales-rescue.test", "fellcall", clock_offset=240)


class Weather:
    """The mountain weather feed as it answered that night: its summit forecasts too slow for the client's read
    timeout, and every third request for current conditions cut off by its overloaded proxy."""

    def __init__(self):
        self.now_requests = 0
        self.lock = threading.Lock()
        self.stub = Stub(self.handle, port=int(settings.WEATHER_URL.rsplit(":", 1)[1]))

    def handle(self, conn):
        method, path, _ = read_request(conn)
        if method is None:
            return
        if path.startswith("/forecast/"):
            summit = path.rsplit("/", 1)[1]
            if summit in {"scafell-pike", "helvellyn"}:
                time.sleep(1.5)
            http_reply(conn, "200 OK", json.dumps({"summit": summit, "wind_mph": 35, "cloud_base_m": 600}))
            return
        with self.lock:
            self.now_requests += 1
            cut = self.now_requests % 3 == 0
        if cut:
            return
        http_reply(conn, "200 OK", json.dumps({"summit": path.rsplit("/", 1)[1], "temp_c": 2, "wind_mph": 28}))


@pytest.fixture(scope="session")
def weather_feed():
    feed = Weather()
    yield feed
    feed.stub.close()


@pytest.fixture(scope="session")
def avalanche_service():
    def handle(conn):
        read_request(conn)
        http_reply(conn, "503 Service Unavailable", '{"error": "bulletin service unavailable"}')
    stub = Stub(handle, port=int(settings.AVALANCHE_URL.rsplit(":", 1)[1]))
    yield stub
    stub.close()


@pytest.fixture(scope="session")
def repeater_controller():
    """The repeater controller behind the fell-top link: it accepts nothing, and its queue is full."""
    stub = Stub(None, port=int(settings.REPEATER_URL.rsplit(":", 1)[1]), backlog=0)
    held = []
    for _ in range(3):
        conn = socket.socket()
        conn.settimeout(0.2)
        try:
            conn.connect(("127.0.0.1", stub.port))
        except OSError:
            pass
        held.append(conn)
    yield stub
    for conn in held:
        conn.close()
    stub.close()


def make_certificate(common_name):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(common_name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


@pytest.fixture(scope="session")
def map_tiles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("maps")
    cert, key = make_certificate("maps.fellcall.test")
    (folder / "maps.pem").write_bytes(cert)
    (folder / "maps.key").write_bytes(key)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "maps.pem", folder / "maps.key")

    def handle(conn):
        read_request(conn)
        http_reply(conn, "200 OK", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    stub = Stub(handle, port=int(settings.MAPS_URL.rsplit(":", 1)[1]),
                wrap=lambda conn: context.wrap_socket(conn, server_side=True))
    stub.ca_file = str(folder / "maps.pem")
    yield stub
    stub.close()


@pytest.fixture(scope="session")
def pager_gateway():
    def handle(conn):
        read_request(conn)
        http_reply(conn, "401 Unauthorized", '{"error": "api_key_revoked", "detail": "key pg-live-7f3a91 was revoked"}')
    stub = Stub(handle, port=int(settings.PAGER_URL.rsplit(":", 1)[1]))
    yield stub
    stub.close()


@pytest.fixture
def dispatch_link():
    from fellcall import dispatch
    link = dispatch.connect("fellcall")
    yield link
    link.session.close()


@pytest.fixture
def kit_db(tmp_path):
    from fellcall import kit
    path = str(tmp_path / "kit.sqlite3")
    conn = kit.connect(path)
    kit.create(conn)
    yield path, conn
    conn.close()
