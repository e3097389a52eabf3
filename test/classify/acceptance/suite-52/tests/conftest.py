import socket
import struct
import threading
import time

import pytest

from bagdrop import settings


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread."""

    def __init__(self, handler, port=0):
        self.handler = handler
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.conns = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

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
            self.handler(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the serving thread
        except OSError:
            pass
        self.sock.close()
        for conn in self.conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


@pytest.fixture
def tcp_stub():
    stubs = []

    def start(handler):
        stub = Stub(handler)
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


class TagCacheServer:
    """The ramp's tag cache as it behaved during the night's run: a Redis speaking RESP on its configured port,
    that went away (listener and every connection closed) after a number of commands."""

    def __init__(self, port, lifetime):
        self.data, self.expiry, self.served, self.lifetime = {}, {}, 0, lifetime
        self.lock = threading.Lock()
        self.stub = Stub(self._handle, port)

    def _live(self, key):
        if key in self.expiry and self.expiry[key] <= time.monotonic():
            self.data.pop(key, None)
            self.expiry.pop(key, None)
        return key in self.data

    def _command(self, args):
        name = args[0].upper()
        if name == b"PING":
            return b"+PONG\r\n"
        if name == b"FLUSHDB":
            self.data.clear()
            self.expiry.clear()
            return b"+OK\r\n"
        if name == b"SET":
            self.data[args[1]] = args[2]
            self.expiry.pop(args[1], None)
            if len(args) > 4 and args[3].upper() == b"EX":
                self.expiry[args[1]] = time.monotonic() + int(args[4])
            return b"+OK\r\n"
        if name == b"GET":
            if not self._live(args[1]):
                return b"$-1\r\n"
            value = self.data[args[1]]
            return b"$%d\r\n%s\r\n" % (len(value), value)
        if name == b"DEL":
            removed = sum(1 for key in args[1:] if self._live(key) and self.data.pop(key, None) is not None)
            return b":%d\r\n" % removed
        if name == b"EXISTS":
            return b":%d\r\n" % sum(1 for key in args[1:] if self._live(key))
        if name in (b"INCR", b"INCRBY"):
            step = int(args[2]) if len(args) > 2 else 1
            value = (int(self.data[args[1]]) if self._live(args[1]) else 0) + step
            self.data[args[1]] = str(value).encode()
            return b":%d\r\n" % value
        if name == b"KEYS":
            prefix = args[1].rstrip(b"*")
            keys = [key for key in list(self.data) if key.startswith(prefix) and self._live(key)]
            return b"*%d\r\n" % len(keys) + b"".join(b"$%d\r\n%s\r\n" % (len(key), key) for key in keys)
        return b"-ERR unknown command '%s'\r\n" % name

    def _handle(self, conn):
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            count = int(line[1:])
            args = []
            for _ in range(count):
                size = int(reader.readline()[1:])
                args.append(reader.read(size + 2)[:-2])
            with self.lock:
                self.served += 1
                if self.served > self.lifetime:
                    self.stub.close()
                    return
                answer = self._command(args)
            conn.sendall(answer)


@pytest.fixture(scope="session", autouse=True)
def tag_cache_server():
    port = int(settings.TAG_CACHE_URL.rsplit(":", 1)[1].split("/")[0])
    server = TagCacheServer(port, lifetime=36)
    yield server
    server.stub.close()


@pytest.fixture
def tags():
    from bagdrop import tags
    client = tags.client()
    client.flushdb()
    keys = []
    yield client, keys
    if keys:
        client.delete(*keys)
