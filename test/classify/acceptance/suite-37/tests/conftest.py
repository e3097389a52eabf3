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


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory):
    """A certificate for 127.0.0.1 that no CA signed, as a staging partner presents."""
    import subprocess
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
        check=True, capture_output=True,
    )
    return folder / "cert.pem", folder / "key.pem"


@pytest.fixture
def tls_stub(self_signed):
    import ssl
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, self_signed))
    stubs = []

    def start(handler):
        def wrapped(conn):
            try:
                tls = context.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):
                return
            handler(tls)
        stub = Stub(wrapped)
        stub.url = f"https://127.0.0.1:{stub.port}"
        stubs.append(stub)
        return stub

    yield start
    for stub in stubs:
        stub.close()


def one_in_three_slow(status, body, delay=2.0, count=None):
    """A service that answers slowly on its first connection of every three (count: shared across reruns)."""
    count = {"n": 0} if count is None else count

    def handler(conn):
        conn.recv(65536)
        count["n"] += 1
        if count["n"] % 3 == 1:
            threading.Event().wait(delay)
        head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Content-Type: application/json", "Connection: close"]
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    return handler
