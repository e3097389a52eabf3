"""Stand-ins for the operator's identity provider, the passenger information displays and the vehicles' telemetry."""
import json
import socket
import socketserver
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import jwt

SECRET = "tram-operations-2026"


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
        user = form["username"][0]
        roles = ["controller"] if user.startswith("ctl-") else ["driver"] if user.startswith("drv-") else []
        claims = {"sub": user, "aud": "tramyard", "iat": int(now), "exp": int(now) + 2, "roles": roles}
        self.reply(200, {"access_token": jwt.encode(claims, SECRET, algorithm="HS256"), "expires_in": 2})


class PassengerInfo(Handler):
    def do_GET(self):
        display = self.path.rsplit("/", 1)[1]
        if display == "D-slow":
            time.sleep(2.5)
        elif display == "D-reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        self.reply(200, {"display": display, "text": "Next tram 4 min"})


class Telemetry(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode().split()
        tram = line[1] if len(line) > 1 else ""
        frame = f"{tram} 55.95N 3.19W 31km/h".encode()
        if tram.endswith("x"):
            # an older on-board unit: announces the frame, sends part of it, then shuts its side
            self.wfile.write(len(frame).to_bytes(4, "big") + frame[:12])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            time.sleep(0.2)
            return
        self.wfile.write(len(frame).to_bytes(4, "big") + frame)


class QuietTCP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass


def start():
    servers = [Quiet(("127.0.0.1", 0), IdentityProvider), Quiet(("127.0.0.1", 0), PassengerInfo), QuietTCP(("127.0.0.1", 0), Telemetry)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    return [server.server_address[1] for server in servers]
