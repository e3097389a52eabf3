"""The peers tidemark's suite talks to, each on a free port of 127.0.0.1, in one process:
an identity provider (RS256 tokens, JWKS, per-tenant clocks and keys), a harbour gateway whose paths misbehave
in the ways the suite names, and a TLS gateway whose certificate names another host. Writes {name: port} as
JSON to argv[1] once all listen; runs until killed."""
import json
import random
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.parse
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

KEYS = {kid: rsa.generate_private_key(public_exponent=65537, key_size=2048) for kid in ("k1", "k2")}
SECRETS = {"tidemark": "s3cret-tide", "partner": "partner-2026-q4"}
GRANTED = {"pilots:read", "pilots:write", "slots:read", "slots:write"}
# tenant: (clock offset in seconds, audience, issuer host)
TENANTS = {
    "main": (0, "tidemark-api", None),
    "ahead": (300, "tidemark-api", None),
    "behind": (-7200, "tidemark-api", None),
    "rotated": (0, "tidemark-api", None),
    "east": (0, "tidemark-api", "localhost"),
    "harbourmaster": (0, "harbourmaster", None),
}
current = {tenant: "k1" for tenant in TENANTS}
counts = {}
seen_keys = {}
lock = threading.Lock()


def bump(name):
    with lock:
        counts[name] = counts.get(name, 0) + 1
        return counts[name]


class Quiet(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def send(self, code, payload, kind="application/json", extra=None):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class Provider(Quiet):
    def do_GET(self):
        _, _, tenant, what = self.path.split("/", 3)
        if what == "jwks":
            keys = []
            for kid in sorted({"k1", current[tenant]}):
                jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEYS[kid].public_key()))
                keys.append({**jwk, "kid": kid, "alg": "RS256", "use": "sig"})
            return self.send(200, {"keys": keys})
        if what == "rotate":
            current[tenant] = "k2"
            return self.send(200, {"current": "k2"})
        return self.send(404, {"error": "not_found"})

    def do_POST(self):
        _, _, tenant, what = self.path.split("/", 3)
        form = dict(urllib.parse.parse_qsl(self.body().decode()))
        if SECRETS.get(form.get("client_id")) != form.get("client_secret"):
            return self.send(401, {"error": "invalid_client"}, extra={"WWW-Authenticate": 'Basic realm="idp"'})
        asked = form.get("scope", "").split()
        if not set(asked) <= GRANTED:
            return self.send(400, {"error": "invalid_scope", "error_description": "scope not granted to client"})
        offset, audience, host = TENANTS[tenant]
        now = int(time.time()) + offset
        base = f"http://{host or '127.0.0.1'}:{self.server.server_address[1]}/t/{tenant}"
        claims = {"iss": base, "aud": audience, "sub": form["client_id"], "iat": now, "nbf": now,
                  "exp": now + 600, "scope": " ".join(asked)}
        token = jwt.encode(claims, KEYS[current[tenant]], algorithm="RS256", headers={"kid": current[tenant]})
        return self.send(200, {"access_token": token, "token_type": "Bearer", "expires_in": 600})


class Gateway(Quiet):
    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/ok" or path.startswith("/ok/"):
            return self.send(200, {"ok": True, "path": path})
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            extra = {}
            if code == 429:
                extra["Retry-After"] = formatdate(time.time() + 2, usegmt=True) if "date" in self.path else "1"
            bump(path)
            return self.send(code, {"error": code}, extra=extra)
        if path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/redirect")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if path == "/maintenance":
            return self.send(200, b"<html><body><h1>Down for maintenance</h1></body></html>", "text/html")
        if path == "/cut":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "4096")
            self.end_headers()
            self.wfile.write(b'{"slots": [' + b'"0600", ' * 20)
            self.wfile.flush()
            self.close_connection = True
            return None
        if path == "/slow":
            time.sleep(3)
            return self.send(200, {"slow": True})
        if path == "/reset":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "65536")
            self.end_headers()
            self.wfile.write(b'{"tides": [' + b"1.25, " * 400)
            self.wfile.flush()
            time.sleep(0.05)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return None
        if path == "/lossy":
            if random.random() < 0.3:
                self.close_connection = True
                self.connection.close()
                return None
            return self.send(200, {"ok": True})
        if path.startswith("/count/"):
            return self.send(200, {"count": counts.get(path[len("/count"):], 0)})
        return self.send(404, {"error": "not_found"})

    def do_POST(self):
        path = self.path.split("?")[0]
        data = self.body()
        if path == "/bookings":
            key = self.headers.get("Idempotency-Key")
            with lock:
                if key in seen_keys and seen_keys[key] != data:
                    return self.send(409, {"error": "idempotency key reused with another body"})
                seen_keys[key] = data
            return self.send(201, {"booked": json.loads(data)})
        if path == "/tugs":
            # The gateway forwards the order, then times out waiting for the tug desk: the first answer is a 503.
            n = bump(path)
            if n % 2 == 1:
                return self.send(503, {"error": "upstream timeout"})
            return self.send(201, {"order": n})
        return self.send(404, {"error": "not_found"})


def serve(handler, tls=None):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def silent():
    """A TCP port that accepts and never says anything."""
    listener = socket.create_server(("127.0.0.1", 0))
    held = []

    def accept():
        while True:
            held.append(listener.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    return listener.getsockname()[1]


def main():
    out, cert, key = sys.argv[1:4]
    ports = {"idp": serve(Provider), "gateway": serve(Gateway), "tls": serve(Gateway, (cert, key)), "silent": silent()}
    with open(out + ".tmp", "w") as handle:
        json.dump(ports, handle)
    import os
    os.replace(out + ".tmp", out)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
