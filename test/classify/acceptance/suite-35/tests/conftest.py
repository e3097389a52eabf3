import socket
import threading

import pytest

from clutchpoint import lessons, slots


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread."""

    def __init__(self, handler):
        self.handler = handler
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            self.handler(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self.sock.close()


@pytest.fixture
def stub():
    started = []

    def start(handler):
        one = Stub(handler)
        started.append(one)
        return one

    yield start
    for one in started:
        one.close()


def answer(status, body=b"", headers=()):
    def handler(conn):
        conn.recv(65536)
        head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Connection: close", *headers]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    return handler


def slow(delay, body=b"{}"):
    def handler(conn):
        conn.recv(65536)
        threading.Event().wait(delay)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
    return handler


def stall(conn):
    conn.recv(65536)
    threading.Event().wait(30)


def hang_up(conn):
    conn.recv(65536)


def redis_replies(reply):
    """A peer on the Redis port that answers every command with one RESP reply."""
    def handler(conn):
        while conn.recv(65536):
            conn.sendall(reply)
    return handler


@pytest.fixture
def slot_cache():
    client = slots.client()
    client.ping()
    yield slots.SlotCache(client)
    client.close()


@pytest.fixture
def pg():
    conn = lessons.connect_pg()
    yield conn
    conn.close()


@pytest.fixture
def ledger(tmp_path):
    path = str(tmp_path / "ledger.db")
    lessons.create_schema(path)
    return path
