"""The peers parcelwick's run talks to, each an HTTP server on a free port of its own, all in this one process:
the carrier's API (with its faults on their own paths), the tracking service, four identity providers. Writes
NAME=PORT lines to the file given, then serves until killed.
    python3 scripts/peers.py PORTS_FILE"""

import base64
import email.utils
import hashlib
import hmac
import json
import random
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

KEYS = {"2026-06": b"idp-2026-06-4c1d6f0b8e2a", "2026-12": b"idp-2026-12-9b07e35ad1c4"}
CLIENTS = {
    "dispatch": ("dispatch-7a1e", 600, "parcelwick", "labels:read labels:write"),
    "sorter": ("sorter-93bd", 1, "parcelwick", "labels:read"),
    "merchant": ("merchant-55c0", 600, "parcelwick-merchant", "shipments:write"),
    "kiosk": ("kiosk-0f3a-2025", 600, "parcelwick", "lockers:open"),
    "partner": ("partner-d2e8", 600, "parcelwick", "labels:read"),
    "legacy": ("legacy-61aa", 600, "parcelwick", "labels:read"),
}
HITS = {}
BUSY = {}
LOCK = threading.Lock()


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def mint(claims, kid):
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": kid}).encode())
    body = b64(json.dumps(claims).encode())
    sig = hmac.new(KEYS[kid], f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64(sig)}"


def token_expired(header):
    try:
        body = header.split(" ", 1)[1].split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (IndexError, ValueError):
        return True
    return claims["exp"] <= time.time()


class Peer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "peer/1.0"

    def log_message(self, *args):
        pass

    def send_json(self, status, body, ctype="application/json", headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def send_text(self, status, text, ctype, headers=()):
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def reset(self):
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def route(self):
        url = urlparse(self.path)
        with LOCK:
            HITS[url.path] = HITS.get(url.path, 0) + 1
        return url.path, {k: v[0] for k, v in parse_qs(url.query).items()}


class Carrier(Peer):
    def do_GET(self):
        path, query = self.route()
        if path == "/stats":
            return self.send_json(200, HITS.get(query["path"], 0))
        if path == "/stats/busy":
            return self.send_json(200, BUSY.get(query["key"], []))
        if path in ("/v1/rates", "/v1/rates/nostore", "/v1/rates/must", "/v1/rates/revalidate"):
            rate = round(4.5 + 1.1 * float(query.get("weight", 1)) * int(query.get("zone", 1)), 2)
            if path == "/v1/rates/revalidate":
                if self.headers.get("If-None-Match") == '"r1"':
                    self.send_response(304)
                    self.send_header("ETag", '"r1"')
                    self.send_header("Cache-Control", "no-cache")
                    self.send_header("Content-Length", "0")
                    return self.end_headers()
                return self.send_json(200, {"rate": rate}, headers=[("ETag", '"r1"'), ("Cache-Control", "no-cache")])
            control = {
                "/v1/rates": "max-age=60",
                "/v1/rates/nostore": "no-store",
                "/v1/rates/must": "max-age=60, must-revalidate",
            }[path]
            return self.send_json(200, {"rate": rate}, headers=[("Cache-Control", control)])
        if path == "/v1/slow":
            time.sleep(3)
            return self.send_json(200, {"rate": 7.1})
        if path == "/v1/quick":
            time.sleep(0.3)
            return self.send_json(200, {"rate": 7.1})
        if path == "/v1/reset":
            return self.reset()
        if path == "/v1/cut":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2048")
            self.end_headers()
            self.wfile.write(b'{"rates": [' + b'{"zone": 1, "rate": 4.5}, ' * 8)
            self.wfile.flush()
            self.close_connection = True
            return self.connection.shutdown(socket.SHUT_RDWR)
        if path == "/v1/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            part = b'{"parcels": [' + b'"PW1", ' * 40
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"400\r\n" + b'"PW2", ' * 10)
            self.wfile.flush()
            self.close_connection = True
            return self.connection.shutdown(socket.SHUT_RDWR)
        if path == "/v1/limited":
            return self.send_json(429, {"error": "rate limited"}, headers=[("Retry-After", "120")])
        if path == "/v1/bulk":
            when = email.utils.formatdate(time.time() + 2, usegmt=True)
            return self.send_json(429, {"error": "bulk quota"}, headers=[("Retry-After", when)])
        if path == "/v1/busy":
            key = query["key"]
            with LOCK:
                BUSY.setdefault(key, []).append(time.time())
                seen = len(BUSY[key])
            if seen <= 3:
                return self.send_json(503, {"error": "busy"})
            return self.send_json(200, {"rate": 5.2})
        if path == "/v1/down":
            return self.send_json(503, {"error": "rating engine unavailable"})
        if path == "/v1/error":
            return self.send_json(500, {"error": "rate table lookup failed"})
        if path == "/v1/gateway":
            return self.send_text(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
        if path == "/v1/maintenance":
            page = "<!DOCTYPE html><html><head><title>Planned maintenance</title></head><body>Back soon.</body></html>"
            return self.send_text(200, page, "text/html; charset=utf-8")
        if path == "/v1/broken":
            return self.send_text(200, '{"rate": 6.4, "service": "next-day", "cutoff": "17:', "application/json")
        if path.startswith("/v1/labels/"):
            pdf = b"%PDF-1.4\n" + b"0" * 65536
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(pdf)))
            self.end_headers()
            return self.wfile.write(pdf)
        if path == "/v1/secure":
            auth = self.headers.get("Authorization", "")
            if token_expired(auth):
                challenge = 'Bearer error="invalid_token", error_description="The access token expired"'
                return self.send_json(401, {"error": "invalid_token"}, headers=[("WWW-Authenticate", challenge)])
            return self.send_json(200, {"rate": 9.9})
        return self.send_json(404, {"error": f"no route {path}"})

    def do_POST(self):
        path, query = self.route()
        if path == "/v1/labels":
            shipment = json.loads(self.body())
            label = f"L{abs(hash(json.dumps(shipment, sort_keys=True))) % 10**8:08d}"
            return self.send_json(201, {"label_id": label}, ctype="application/json; charset=utf-8")
        if path == "/v1/usage":
            self.body()
            time.sleep(0.01)
            return self.send_json(200, {"ok": True})
        if path == "/v1/manifests":
            time.sleep(5)
            return self.reset()
        return self.send_json(404, {"error": f"no route {path}"})


class TrackingService(Peer):
    def do_GET(self):
        path, query = self.route()
        parts = path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "v1" and parts[1] == "track":
            return self.redirect(f"/v2/track/{parts[2]}")
        if len(parts) == 3 and parts[0] == "v2" and parts[1] == "track":
            if parts[2].startswith("PWX"):
                return self.send_text(502, "<html><body>502 Bad Gateway</body></html>", "text/html")
            if parts[2].startswith("PWF") and random.random() < 0.3:
                return self.reset()
            if parts[2].startswith("PWL"):
                return self.redirect(f"/v1/track/{parts[2]}")
            return self.send_json(200, {"parcel": parts[2], "status": "in transit"})
        return self.send_json(404, {"error": f"no route {path}"})

    def redirect(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()


def identity_provider(kid, skew):
    class Idp(Peer):
        def do_GET(self):
            path, query = self.route()
            if path == "/stats":
                return self.send_json(200, HITS.get(f"{self.server.server_port}/token/{query['client']}", 0))
            return self.send_json(404, {"error": f"no route {path}"})

        def do_POST(self):
            path, _ = self.route()
            form = {k: v[0] for k, v in parse_qs(self.body().decode()).items()}
            client = form.get("client_id")
            with LOCK:
                key = f"{self.server.server_port}/token/{client}"
                HITS[key] = HITS.get(key, 0) + 1
            time.sleep(0.05)
            if client not in CLIENTS or CLIENTS[client][0] != form.get("client_secret"):
                return self.send_json(401, {"error": "invalid_client"})
            _, ttl, aud, scope = CLIENTS[client]
            now = int(time.time() + skew)
            claims = {"iss": "idp.parcelwick.test", "sub": client, "aud": aud, "scope": scope, "iat": now,
                      "nbf": now, "exp": now + ttl}
            return self.send_json(200, {"access_token": mint(claims, kid), "token_type": "Bearer", "expires_in": ttl})

    return Idp


def main():
    servers = {
        "CARRIER": Carrier,
        "TRACKING": TrackingService,
        "IDP": identity_provider("2026-06", 0),
        "PARTNER_IDP": identity_provider("2026-06", 300),
        "LEGACY_IDP": identity_provider("2026-06", -7200),
        "ROTATED_IDP": identity_provider("2026-12", 0),
    }
    lines = []
    for name, handler in servers.items():
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        lines.append(f"{name}={server.server_port}")
    with open(sys.argv[1] + ".tmp", "w") as out:
        out.write("\n".join(lines) + "\n")
    import os

    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    threading.Event().wait()


if __name__ == "__main__":
    main()
