"""The studio's peers for the recording: python3 scripts/servers.py furnace|gallery|commissions PORT.

furnace: the furnace controller, which answers 503 "warming up" to the first request for each reading and the
reading after that; /slow takes 0.2 s. gallery: the gallery catalogue; /catalogue is built on its first request
(0.4 s), then served from memory. commissions: the commission board.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROLE = sys.argv[1]
PORT = int(sys.argv[2])
SEEN = set()
LOCK = threading.Lock()
CATALOGUE = {}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        getattr(self, ROLE)("GET")

    def do_POST(self):
        getattr(self, ROLE)("POST")

    def furnace(self, method):
        if self.path == "/slow":
            time.sleep(0.2)
            return self.answer(200, {"celsius": 1120})
        with LOCK:
            first = self.path not in SEEN
            SEEN.add(self.path)
        if first:
            return self.answer(503, {"error": "warming up"})
        if self.path == "/status":
            return self.answer(200, {"furnaces": {"main": 1140, "glory-hole": 1180}})
        if self.path.startswith("/setpoint/"):
            return self.answer(200, {"furnace": self.path.rsplit("/", 1)[1], "celsius": 1140})
        if self.path == "/auth/keys":
            return self.answer(200, {"keys": ["studio-2026"]})
        return self.answer(404, {"error": "no such reading"})

    def gallery(self, method):
        if self.path == "/catalogue":
            with LOCK:
                if not CATALOGUE:
                    time.sleep(0.4)
                    CATALOGUE.update({"colours": ["amber", "cobalt", "ruby"], "pieces": 48})
            return self.answer(200, CATALOGUE)
        if self.path.startswith("/pieces?"):
            page = int(self.path.rsplit("=", 1)[1])
            return self.answer(200, {"page": page, "pieces": [f"piece-{page}-{n}" for n in range(10)]})
        if self.path.startswith("/pieces/"):
            return self.answer(200, {"number": int(self.path.rsplit("/", 1)[1]), "name": "blue vase"})
        if self.path == "/prices":
            return self.answer(200, {"vase": "180.00", "bowl": "95.00"})
        return self.answer(404, {"error": "not found"})

    def commissions(self, method):
        if method == "GET" and self.path == "/open":
            return self.answer(200, {"open": [101, 102, 103]})
        if method == "POST" and self.path.startswith("/accept/"):
            return self.answer(200, {"accepted": int(self.path.rsplit("/", 1)[1])})
        return self.answer(404, {"error": "not found"})


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
