"""Staging stand-ins the suite starts: the regional wine laboratory."""
import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        pass  # a client that gave up (a read timeout) is not the stand-in's error


def _serve(handler):
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def url(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


class _Quiet(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def wine_lab():
    """One analyst: analyses are answered one at a time (20 ms each), a sample marked for a full panel after two
    seconds. The batch queue warms a worker for each new batch (503 to its first three calls) and refuses batches
    over 20 samples; the sulphite report of tank T9 is cut off by a reset 4 KB in."""
    analyst = threading.Lock()
    calls = {}

    class Handler(_Quiet):
        def do_GET(self):
            if self.path.startswith("/sulphite/"):
                tank = self.path.rsplit("/", 1)[-1]
                body = b"tank,so2\n" + b"T,30\n" * 2000
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if tank == "T9":
                    self.wfile.write(body[:4096])
                    self.wfile.flush()
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    return
                self.wfile.write(body)
                return
            sample = self.path.rsplit("/", 1)[-1]
            if sample.startswith("panel-"):
                time.sleep(2.0)
            with analyst:
                time.sleep(0.02)
            self._json(200, {"sample": sample, "brix": 22.4, "ta": 6.8, "ph": 3.3})

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            key = tuple(body["samples"])
            calls[key] = calls.get(key, 0) + 1
            if calls[key] <= 3 or len(key) > 20:
                self._json(503, {"error": "no analyst free"})
            else:
                self._json(200, {"queued": len(key)})

    return _serve(Handler)
