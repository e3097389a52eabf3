"""The rope walk's peers for the recorded run: HTTP(S) servers on free ports, their ports written to argv[1].
argv[2] is the folder of certs.py's certificates."""
import json
import os
import random
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KEYS = {"rk-live-2026": ["read", "admin"], "rk-ci-2026": ["read"]}


class Peer(BaseHTTPRequestHandler):
    kind = "mill"
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _key(self):
        header = self.headers.get("Authorization", "")
        return header.removeprefix("Bearer ")

    def do_GET(self):
        kind, path = self.kind, self.path
        if kind == "registry":
            scopes = KEYS.get(self._key())
            if scopes is None:
                self.answer(401, {"error": "invalid api key"}, [("WWW-Authenticate", 'Bearer error="invalid_token"')])
            elif path.startswith("/admin/") and "admin" not in scopes:
                self.answer(403, {"error": "key lacks scope admin"})
            elif path == "/whoami":
                self.answer(200, {"service": "ropewalk", "scopes": scopes})
            else:
                self.answer(200, {"plants": ["north", "west"]})
        elif kind == "mill":
            if path.startswith("/orders/"):
                order = path.rsplit("/", 1)[1]
                if order == "missing":
                    self.answer(404, {"error": "no such order"})
                else:
                    self.answer(200, {"id": order, "kind": "manila"})
            elif path.startswith("/slow/"):
                time.sleep(0.2)
                self.answer(200, {"id": path.rsplit("/", 1)[1], "kind": "hemp"})
            elif path.startswith("/quote"):
                self.answer(429, {"error": "rate limit: 10 quotes per minute"}, [("Retry-After", "30")])
            elif path.startswith("/stock/"):
                self.answer(503, {"error": "stock system under maintenance"}, [("Retry-After", "600")])
            else:
                self.answer(404, {"error": "not found"})
        else:
            self.answer(200, {"ok": True, "peer": kind})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        if self.kind == "telemetry":
            if random.random() < 0.35:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.answer(202, {"accepted": True})


def serve(kind, certs=None):
    handler = type(kind.title(), (Peer,), {"kind": kind})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if certs:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*certs)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    certs = sys.argv[2]
    ports = {kind: serve(kind) for kind in ("registry", "mill", "telemetry", "audit")}
    for kind in ("chandler", "sailloft"):
        ports[kind] = serve(kind, (os.path.join(certs, f"{kind}.pem"), os.path.join(certs, f"{kind}.key")))
    with open(sys.argv[1] + ".tmp", "w") as handle:
        json.dump(ports, handle)
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    threading.Event().wait()


if __name__ == "__main__":
    main()
