"""The works' peers for the recorded run: HTTP servers on free ports, their ports written to argv[1]."""
import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Peer(BaseHTTPRequestHandler):
    kind = "weather"

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
        kind = self.kind
        if kind == "weather":
            self.answer(200, {"rain_mm": 0.0, "sun_hours": 9.5, "wind": "NW"})
        elif kind == "market":
            if self.path.startswith("/price/"):
                time.sleep(0.01)
                self.answer(200, {"grade": self.path.rsplit("/", 1)[1], "per_kg": 3.2})
            else:
                self.answer(404, {"error": "not found"})
        elif kind == "lab":
            if "//" in self.path:
                self.answer(404, {"error": f"no route {self.path}"})
            elif self.path.startswith("/reports/"):
                time.sleep(0.3)
                self.answer(200, {"pan": self.path.rsplit("/", 1)[1], "salinity": 26.1})
            else:
                self.answer(200, {"ok": True})
        elif kind == "carrier":
            self.answer(503, {"error": "carrier under maintenance"})
        elif kind == "telemetry":
            if random.random() < 0.3:
                self.connection.close()
                return
            self.answer(200, {"ok": True})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        if self.kind == "market":
            self.answer(201, {"order": "M-1", "kg": body.get("kg")})
        else:
            self.answer(405, {"error": "method not allowed"})


def main():
    ports = {}
    for kind in ("weather", "market", "lab", "carrier", "telemetry"):
        handler = type(kind.title(), (Peer,), {"kind": kind})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        ports[kind] = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(sys.argv[1] + ".tmp", "w") as handle:
        json.dump(ports, handle)
    import os
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    threading.Event().wait()


if __name__ == "__main__":
    main()
