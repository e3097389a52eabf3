"""Staging stand-ins the suite starts: a memcached-protocol store and the identity provider."""
import collections
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from combwright import auth


class CacheServer:
    """memcached text protocol; drops the oldest keys past max_keys or max_bytes (or, without evict, refuses)."""

    def __init__(self, max_bytes=None, max_item=None, max_keys=None, evict=True):
        self.items = collections.OrderedDict()
        self.max_bytes = max_bytes
        self.max_item = max_item
        self.max_keys = max_keys
        self.evict = evict
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._client, args=(conn,), daemon=True).start()

    def _store(self, key, payload):
        with self.lock:
            self.items.pop(key, None)
            if self.max_item and len(payload) > self.max_item:
                return b"SERVER_ERROR object too large for cache"
            used = sum(len(v) for v in self.items.values())
            if self.max_bytes and used + len(payload) > self.max_bytes:
                while self.evict and self.items and used + len(payload) > self.max_bytes:
                    _, old = self.items.popitem(last=False)
                    used -= len(old)
                if used + len(payload) > self.max_bytes:
                    return b"SERVER_ERROR out of memory storing object"
            self.items[key] = payload
            while self.max_keys and len(self.items) > self.max_keys:
                self.items.popitem(last=False)
            return b"STORED"

    def _client(self, conn):
        file = conn.makefile("rb")
        with conn:
            for line in file:
                parts = line.split()
                if not parts:
                    continue
                if parts[0] == b"set":
                    payload = file.read(int(parts[4]) + 2)[:-2]
                    conn.sendall(self._store(parts[1], payload) + b"\r\n")
                elif parts[0] == b"get":
                    with self.lock:
                        value = self.items.get(parts[1])
                    if value is None:
                        conn.sendall(b"END\r\n")
                    else:
                        conn.sendall(b"VALUE " + parts[1] + b" 0 %d\r\n" % len(value) + value + b"\r\nEND\r\n")
                elif parts[0] == b"delete":
                    with self.lock:
                        found = self.items.pop(parts[1], None)
                    conn.sendall(b"DELETED\r\n" if found is not None else b"NOT_FOUND\r\n")
                else:
                    conn.sendall(b"ERROR\r\n")

    def close(self):
        self.sock.close()


class IdentityProvider:
    """Password grant; at most per_second token requests a second, then 429."""

    def __init__(self, port, per_second):
        provider = self
        self.per_second = per_second
        self.recent = collections.deque()
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = parse_qs(self.rfile.read(length).decode())
                if not provider.allow():
                    body = json.dumps({"error": "rate_limited", "retry_after": 1}).encode()
                    self.send_response(429)
                    self.send_header("Retry-After", "1")
                else:
                    body = json.dumps({"access_token": auth.mint(form["username"][0], lifetime=300)}).encode()
                    self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def allow(self):
        with self.lock:
            now = time.monotonic()
            while self.recent and now - self.recent[0] > 1.0:
                self.recent.popleft()
            if len(self.recent) >= self.per_second:
                return False
            self.recent.append(now)
            return True

    def close(self):
        self.server.shutdown()
        self.server.server_close()
