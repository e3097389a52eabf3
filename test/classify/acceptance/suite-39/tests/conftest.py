import socket
import struct
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


def _pg_message(kind, payload=b""):
    return kind + struct.pack("!I", len(payload) + 4) + payload


def pg_error(severity, code, message):
    fields = b"S" + severity + b"\0V" + severity + b"\0C" + code + b"\0M" + message.encode() + b"\0\0"
    return _pg_message(b"E", fields)


def pg_answers(errors, at_startup=None):
    """A PostgreSQL peer speaking just enough of the protocol for psycopg2: it accepts the session (or refuses it
    with at_startup), answers BEGIN, ROLLBACK and COMMIT, and answers other statements with the first error whose
    key is in the statement's text, or with an empty result."""
    def handler(conn):
        while True:
            head = conn.recv(8)
            if len(head) < 8:
                return
            length, code = struct.unpack("!II", head)
            body = conn.recv(length - 8) if length > 8 else b""
            if code == 80877103:  # SSLRequest
                conn.sendall(b"N")
                continue
            break
        if at_startup is not None:
            conn.sendall(at_startup)
            return
        ready = b""
        for name, value in ((b"server_version", b"15.4"), (b"client_encoding", b"UTF8"),
                            (b"standard_conforming_strings", b"on"), (b"DateStyle", b"ISO, MDY")):
            ready += _pg_message(b"S", name + b"\0" + value + b"\0")
        conn.sendall(_pg_message(b"R", struct.pack("!I", 0)) + ready
                     + _pg_message(b"K", struct.pack("!II", 1, 2)) + _pg_message(b"Z", b"I"))
        state = b"I"
        while True:
            head = conn.recv(5)
            if len(head) < 5:
                return
            kind, length = head[:1], struct.unpack("!I", head[1:])[0]
            text = b""
            while len(text) < length - 4:
                chunk = conn.recv(length - 4 - len(text))
                if not chunk:
                    return
                text += chunk
            if kind == b"X":
                return
            sql = text.rstrip(b"\0").decode()
            word = sql.split(None, 1)[0].upper() if sql.strip() else ""
            if word in ("BEGIN", "ROLLBACK", "COMMIT"):
                state = b"T" if word == "BEGIN" else b"I"
                conn.sendall(_pg_message(b"C", word.encode() + b"\0") + _pg_message(b"Z", state))
                continue
            error = next((answer for key, answer in errors.items() if key in sql), None)
            if error is not None:
                state = b"E" if state != b"I" else b"I"
                conn.sendall(error + _pg_message(b"Z", state))
            else:
                conn.sendall(_pg_message(b"C", b"SELECT 0\0") + _pg_message(b"Z", state))
    return handler
