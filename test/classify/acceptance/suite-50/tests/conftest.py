import os
import pathlib
import socket
import ssl
import struct
import threading

import pytest

from combwright import settings

CERTS = pathlib.Path(__file__).resolve().parent / "certs"
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:])


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread; over TLS when tls is set."""

    def __init__(self, handler, tls=False):
        self.handler = handler
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.context = None
        if tls:
            self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.context.load_cert_chain(CERTS / "lab.pem", CERTS / "lab.key")
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
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
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the serving thread
        except OSError:
            pass
        self.sock.close()


@pytest.fixture
def tcp_stub():
    stubs = []

    def start(handler, tls=False):
        stub = Stub(handler, tls)
        stubs.append(stub)
        return stub

    yield start
    for stub in stubs:
        stub.close()


def http_answer(status, body=b"", headers=()):
    def handler(conn):
        conn.recv(65536)
        head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Connection: close", *headers]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    return handler


def stall(seconds=2):
    def handler(conn):
        conn.recv(65536)
        threading.Event().wait(seconds)
    return handler


def reset_after_request(conn):
    conn.recv(65536)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def closed_port_url(scheme="http"):
    """A URL of a port nothing listens on (bound, never listened to, then closed)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"{scheme}://127.0.0.1:{port}"


@pytest.fixture
def busy_port_url():
    """A URL of a peer whose accept queue is full: new connections are never completed."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued = []
    for _ in range(3):
        sock = socket.socket()
        sock.settimeout(0.2)
        try:
            sock.connect(("127.0.0.1", port))
        except OSError:
            pass
        queued.append(sock)
    yield f"http://127.0.0.1:{port}"
    for sock in queued:
        sock.close()
    listener.close()


def redis_peer(answer, missing=()):
    """A RESP peer: PING answers PONG, GET of a missing key nil, every other command `answer`."""
    def handler(conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            if not line.startswith(b"*"):
                continue
            parts = [reader.readline() for _ in range(2 * int(line[1:]))]
            command = parts[1].strip().upper()
            if command == b"PING":
                conn.sendall(b"+PONG\r\n")
            elif command == b"GET" and parts[3].strip().decode() in missing:
                conn.sendall(b"$-1\r\n")
            else:
                conn.sendall(answer)
    return handler


class Provider:
    """The identity provider on this worker's port; it goes down after `serves` token requests, as it did
    when its node was drained in the middle of the night's run."""

    def __init__(self, port, serves):
        self.left = serves
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(8)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while self.left > 0:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.recv(65536)
            body = b'{"access_token": "tok", "token_type": "bearer", "expires_in": 900}'
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                         + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            conn.close()
            self.left -= 1
        self.sock.close()


class Pooler:
    """The connection pooler in front of the ledger's PostgreSQL, on this worker's port: it relays the first
    `serves` connections and then, drained for maintenance, accepts and closes every new one."""

    def __init__(self, port, upstream, serves):
        self.left = serves
        self.upstream = upstream
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(8)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            if self.left <= 0:
                conn.close()
                continue
            self.left -= 1
            backend = socket.create_connection(self.upstream)
            for a, b in ((conn, backend), (backend, conn)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source, target):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                target.sendall(data)
        except OSError:
            pass
        finally:
            try:
                target.shutdown(socket.SHUT_WR)
            except OSError:
                pass


@pytest.fixture(scope="session", autouse=True)
def worker_settings():
    """Each xdist worker has its own database on the CI server, its own pooler and its own provider port."""
    settings.LEDGER_DSN = settings.LEDGER_DSN.replace("/combwright?", f"/combwright_gw{WORKER}?")
    settings.POOLER_DSN = settings.POOLER_DSN.replace(":19820/combwright?", f":{19820 + WORKER}/combwright_gw{WORKER}?")
    settings.PROVIDER_URL = f"http://127.0.0.1:{19830 + WORKER}"


@pytest.fixture(scope="session")
def provider(worker_settings):
    return Provider(19830 + WORKER, serves=2)


@pytest.fixture(scope="session")
def pooler(worker_settings):
    return Pooler(19820 + WORKER, ("127.0.0.1", 19810), serves=2)
