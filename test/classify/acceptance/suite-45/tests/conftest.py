import socket
import threading

import pytest


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
            self.handler(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self.sock.close()


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


def line_answers(greeting, answers, stall_after=None):
    """A line-based peer (FTP, Redis): a greeting, then one answer per line received, by the line's first word."""
    def handler(conn):
        if greeting:
            conn.sendall(greeting)
        reader = conn.makefile("rb")
        for count, line in enumerate(reader):
            if stall_after is not None and count >= stall_after:
                threading.Event().wait(30)
                return
            word = line.split(b" ", 1)[0].strip().upper()
            answer = answers.get(word, answers.get(b"*"))
            if answer is None:
                return
            conn.sendall(answer)
    return handler




def closed_port_url(scheme="http"):
    """A URL of a port nothing listens on (bound, never listened to, then closed)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"{scheme}://127.0.0.1:{port}"
