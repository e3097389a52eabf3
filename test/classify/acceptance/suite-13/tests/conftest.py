"""Shared fixtures: the catalog database, and local stand-ins for misbehaving peers."""
import json
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme

from podstead import db


@pytest.fixture(scope="session", autouse=True)
def catalog_pool():
    """Closes the catalog's connection pool when the session ends, if a test opened it."""
    yield
    db.close_pool()


@pytest.fixture
def catalog_db():
    """A connection to the catalog database, with test shows removed afterwards."""
    conn = db.connect()
    yield conn
    conn.execute("DELETE FROM shows WHERE slug LIKE 'test-%'")
    conn.commit()
    conn.close()


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    delay = 0.0
    drop_every = 0
    served = 0

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).served += 1
        if self.delay:
            time.sleep(self.delay)
        if self.drop_every and type(self).served % self.drop_every == 1:
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        status, headers, body = self.reply
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

    def log_message(self, *args):
        pass


def _handler(status=200, body=None, headers=None, delay=0.0, drop_every=0):
    payload = body if isinstance(body, bytes) else json.dumps(body or {}).encode()
    return type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "delay": delay,
                                      "drop_every": drop_every, "served": 0})


# The load balancer in front of the subscribers' apps: its count of connections outlives a test.
_balancer = _handler(status=202, body={"accepted": True}, drop_every=2)


def _serve(tls=None, handler=None, **reply):
    handler = handler or _handler(**reply)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    scheme = "http"
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"{scheme}://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def http_stub():
    """Starts a local HTTP peer answering every request the same way; yields a function returning its URL."""
    servers = []

    def start(**options):
        server, url = _serve(**options)
        servers.append(server)
        return url

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def flapping_peer():
    """A subscriber behind a load balancer that drops every other connection."""
    server, url = _serve(handler=_balancer)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def partner_ca():
    return trustme.CA()


@pytest.fixture
def partner_tls_feed(partner_ca, tmp_path):
    """A partner's feed host over TLS, its certificate issued for the partner's public name."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    partner_ca.issue_cert("feeds.partner-network.example").configure_cert(context)
    server, url = _serve(body=b"<rss><channel><item></item></channel></rss>", headers={"Content-Type": "application/rss+xml"},
                         tls=context)
    bundle = tmp_path / "partner-ca.pem"
    partner_ca.cert_pem.write_to_path(str(bundle))
    yield url, str(bundle)
    server.shutdown()
    server.server_close()

