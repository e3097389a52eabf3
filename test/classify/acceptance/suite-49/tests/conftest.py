import socket
import ssl
import struct
import threading

import pytest



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


def resp_answer(*replies, stall_on=None):
    """A Redis peer answering each command with the next reply (RESP bytes); the last one repeats."""
    def handler(conn):
        index = 0
        while True:
            data = conn.recv(65536)
            if not data:
                return
            if stall_on and stall_on.encode() in data.upper():
                threading.Event().wait(3)
                return
            for _ in range(max(1, data.count(b"*"))):
                conn.sendall(replies[min(index, len(replies) - 1)])
                index += 1
    return handler


def memcache_answer(line):
    def handler(conn):
        while True:
            data = conn.recv(2 * 1024 * 1024)
            if not data:
                return
            conn.sendall(line)
    return handler


@pytest.fixture
def kv():
    from kilnrow.kv import KV
    client = KV()
    client.flushdb()
    yield client


@pytest.fixture
def shelf_keys():
    from kilnrow.kv import KV
    keys = []
    yield keys
    KV().execute("DEL", "glaze:test-shelf", *keys)


@pytest.fixture
def member_token():
    from kilnrow import members
    return members.sign_in("potter@kilnrow.test", "glaze-and-fire")


@pytest.fixture
def bookings_db():
    from kilnrow import bookings, settings
    db = bookings.connect(settings.DB_PATH)
    yield db
    db.close()
