"""Stand-ins: the distributor's identity provider (RS256, rotating its key after 15 tokens, its JWKS listing only the
current key; refresh tokens of a revoked session refused), the control centre's provider (its clock 45 seconds
ahead), the status board's Redis (maxmemory 4 kB, allkeys-lru), and the smart meters' feed (one meter answering
after 2.5 seconds, one resetting the connection)."""
import json
import socket
import socketserver
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm


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

    def form(self):
        return parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())


def _key(kid):
    return kid, rsa.generate_private_key(public_exponent=65537, key_size=2048)


class IdentityProvider(Handler):
    lock = threading.Lock()
    keys = [_key("2026-11"), _key("2026-12")]
    issued = 0
    revoked = {"rt-night-shift"}

    def current(self):
        return self.keys[0] if IdentityProvider.issued < 15 else self.keys[1]

    def do_GET(self):
        kid, key = self.current()
        jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
        jwk.update({"kid": kid, "use": "sig", "alg": "RS256"})
        self.reply(200, {"keys": [jwk]})

    def do_POST(self):
        form = self.form()
        if form["grant_type"][0] == "refresh_token":
            if form["refresh_token"][0] in self.revoked:
                self.reply(400, {"error": "invalid_grant", "error_description": "Refresh token revoked"})
                return
            user = form["refresh_token"][0][3:]
        else:
            user = form["username"][0]
        with self.lock:
            IdentityProvider.issued += 1
            kid, key = self.current()
        now = int(time.time())
        roles = ["dispatcher"] if user.startswith("disp-") else ["viewer"]
        claims = {"sub": user, "aud": "gridcall", "iat": now, "exp": now + 300, "roles": roles}
        token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})
        self.reply(200, {"access_token": token, "refresh_token": f"rt-{user}", "expires_in": 300})


class ControlCentre(Handler):
    def do_POST(self):
        user = self.form()["username"][0]
        now = int(time.time()) + 45
        token = jwt.encode({"sub": user, "aud": "gridcall", "iat": now, "exp": now + 300},
                           "control-centre-2026", algorithm="HS256")
        self.reply(200, {"access_token": token})


class Meters(Handler):
    def do_GET(self):
        meter = self.path.rsplit("/", 1)[1]
        if meter == "M-slow":
            time.sleep(2.5)
        elif meter == "M-reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        self.reply(200, {"meter": meter, "last_gasp": False})


class StatusRedis(socketserver.StreamRequestHandler):
    """Enough RESP for PING, SET, GET and DEL; 4 kB of memory, least recently used keys evicted."""
    lock = threading.Lock()
    data = {}
    limit = 4096

    def command(self):
        line = self.rfile.readline()
        if not line:
            return None
        args = []
        for _ in range(int(line[1:])):
            size = int(self.rfile.readline()[1:])
            args.append(self.rfile.read(size + 2)[:-2])
        return args

    def handle(self):
        while (args := self.command()) is not None:
            name = args[0].upper()
            with self.lock:
                if name == b"SET":
                    used = sum(len(v) for v in self.data.values())
                    if len(args[2]) > self.limit:
                        self.wfile.write(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n")
                        continue
                    while self.data and used + len(args[2]) > self.limit:
                        oldest = next(iter(self.data))
                        used -= len(self.data.pop(oldest))
                    self.data[args[1]] = args[2]
                    self.wfile.write(b"+OK\r\n")
                elif name == b"GET":
                    value = self.data.get(args[1])
                    if value is None:
                        self.wfile.write(b"$-1\r\n")
                    else:
                        self.data[args[1]] = self.data.pop(args[1])
                        self.wfile.write(b"$%d\r\n%s\r\n" % (len(value), value))
                elif name == b"DEL":
                    self.wfile.write(b":%d\r\n" % int(self.data.pop(args[1], None) is not None))
                else:
                    self.wfile.write(b"+PONG\r\n")


class QuietTCP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass


def start():
    servers = [Quiet(("127.0.0.1", 0), IdentityProvider), Quiet(("127.0.0.1", 0), ControlCentre),
               Quiet(("127.0.0.1", 0), Meters), QuietTCP(("127.0.0.1", 0), StatusRedis)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    return [server.server_address[1] for server in servers]
