"""Stand-ins for the lighthouse board's identity provider, the notices service and the buoys' hub."""
import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import jwt

SECRET = "lighthouse-board-2026"
AUDIENCES = {"lampwatch": "lampwatch", "lampwatch-monitor": "lampwatch-monitor"}


class Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class IdentityProvider(Handler):
    lock = threading.Lock()
    recent = []

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        now = time.time()
        with self.lock:
            self.recent[:] = [t for t in self.recent if now - t < 1.0] + [now]
            busy = len(self.recent) > 40
        if busy:
            self.reply(429, {"error": "rate_limited", "retry_after": 1})
            return
        client = form["client_id"][0]
        user = form.get("username", [client])[0]
        if user.startswith("keeper-slow-"):
            time.sleep(float(user.rsplit("-", 1)[1]))
        claims = {"sub": user, "aud": AUDIENCES[client], "iat": int(now), "exp": int(now) + 2}
        if form["grant_type"][0] == "password":
            claims["roles"] = ["keeper"] if user.startswith("keeper-") else ["visitor"]
        else:
            claims["scope"] = "status:read"
        self.reply(200, {"access_token": jwt.encode(claims, SECRET, algorithm="HS256"), "expires_in": 2})


class Notices(Handler):
    lock = threading.Lock()
    count = 0

    def do_GET(self):
        if self.path.startswith("/notices/"):
            with self.lock:
                Notices.count += 1
                count = Notices.count
            if count % 3 == 0:
                self.reply(503, {"error": "notices service busy"})
                return
            self.reply(200, {"notices": [f"{self.path[9:]}: light HW07 unlit"]})
        elif self.path == "/buoys/health":
            self.reply(200, {"ok": True})
        elif self.path == "/buoys/B-slow":
            time.sleep(2.5)
            self.reply(200, {"lat": 56.1, "lon": -2.6})
        elif self.path == "/buoys/B-reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        else:
            self.reply(200, {"buoy": self.path.rsplit("/", 1)[1], "lat": 56.0, "lon": -2.5})


def start():
    servers = [Quiet(("127.0.0.1", 0), IdentityProvider), Quiet(("127.0.0.1", 0), Notices)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    return [f"http://127.0.0.1:{server.server_address[1]}" for server in servers]
