import json
import socket
import threading
import time

import pytest

from lapwater import settings


class Stub:
    """A local TCP peer: handler(conn) runs for every connection, in a thread."""

    def __init__(self, handler, port=0):
        self.handler = handler
        self.conns = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
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
            self.handler(conn)
        except OSError:
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


def http_reply(conn, status, body):
    conn.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nConnection: close\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n{body}".encode())


class PoolCache:
    """The pools' Redis as the CI environment runs it: during the night's run it was restarted by its orchestrator
    after 30 commands and did not come back before the run ended."""

    def __init__(self, commands_before_outage):
        self.left = commands_before_outage
        self.data = {}
        self.stub = Stub(self.handle, port=settings.CACHE_PORT)

    def handle(self, conn):
        buffer = b""
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                return
            buffer += chunk
            while True:
                command, buffer = self.parse(buffer)
                if command is None:
                    break
                self.left -= 1
                if self.left < 0:
                    self.stub.close()
                    return
                conn.sendall(self.run(command))

    @staticmethod
    def parse(buffer):
        if not buffer.startswith(b"*") or b"\r\n" not in buffer:
            return None, buffer
        head, rest = buffer.split(b"\r\n", 1)
        parts = []
        for _ in range(int(head[1:])):
            if b"\r\n" not in rest:
                return None, buffer
            size, rest = rest.split(b"\r\n", 1)
            length = int(size[1:])
            if len(rest) < length + 2:
                return None, buffer
            parts.append(rest[:length].decode())
            rest = rest[length + 2:]
        return parts, rest

    def run(self, command):
        name = command[0].upper()
        if name == "SET":
            self.data[command[1]] = command[2]
            return b"+OK\r\n"
        if name == "GET":
            value = self.data.get(command[1])
            if value is None:
                return b"$-1\r\n"
            return f"${len(value)}\r\n{value}\r\n".encode()
        if name == "INCR":
            self.data[command[1]] = str(int(self.data.get(command[1], "0")) + 1)
            return f":{self.data[command[1]]}\r\n".encode()
        if name == "DEL":
            return f":{int(self.data.pop(command[1], None) is not None)}\r\n".encode()
        return b"+OK\r\n"


@pytest.fixture(scope="session", autouse=True)
def pool_cache():
    cache = PoolCache(commands_before_outage=30)
    yield cache
    cache.stub.close()


@pytest.fixture
def cache_conn(pool_cache):
    from lapwater import cache
    conn = cache.client()
    conn.set("lanes:warmup", 0)
    yield conn
    conn.close()


class Timetable:
    """The council's leisure timetable service as it answered that night: every third request a 503 from its load
    balancer, and closures too slow for the client's timeout."""

    def __init__(self):
        self.requests = 0
        self.lock = threading.Lock()
        self.stub = Stub(self.handle, port=int(settings.TIMETABLE_URL.rsplit(":", 1)[1]))

    def handle(self, conn):
        request = conn.recv(65536).decode()
        line = request.split("\r\n", 1)[0]
        with self.lock:
            self.requests += 1
            unlucky = self.requests % 3 == 0
        if "/closures" in line and line.startswith("GET"):
            time.sleep(2)
            http_reply(conn, "200 OK", "[]")
        elif unlucky:
            http_reply(conn, "503 Service Unavailable", '{"error": "upstream unavailable"}')
        elif line.startswith("POST"):
            http_reply(conn, "201 Created", '{"ok": true}')
        else:
            http_reply(conn, "200 OK", json.dumps({"sessions": [{"start": "07:00", "lanes": 6}]}))


@pytest.fixture(scope="session")
def timetable():
    service = Timetable()
    yield service
    service.stub.close()


@pytest.fixture
def tcp_stub():
    stubs = []

    def start(handler, port=0):
        stub = Stub(handler, port)
        stubs.append(stub)
        return stub

    yield start
    for stub in stubs:
        stub.close()


@pytest.fixture
def swimmer_token():
    from lapwater import auth
    return auth.sign_in("swimmer.42@lapwater.test", "front-crawl")


@pytest.fixture
def members_db(tmp_path):
    from lapwater import members
    conn = members.connect(str(tmp_path / "members.sqlite3"))
    members.create(conn)
    yield conn
    conn.close()
