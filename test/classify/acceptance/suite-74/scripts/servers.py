"""Peers of loomhouse for the recording: each on a free port, the ports written as JSON to the file given.

catalogue: pattern drafts under /v2/patterns (anything else 404); orders: the order desk, whose answers lack `due`
since its last release; reset: accepts and resets the connection; slow: answers after two seconds; broken: 500;
gateway: 502; busy: 503 to every other request; telemetry: loom telemetry over raw TCP, dropping a third of the
messages at random.
"""
import json
import random
import socket
import socketserver
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def handler(mode):
    state = {"count": 0}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if mode == "catalogue":
                if self.path.startswith("/v2/patterns/"):
                    self._send(200, {"name": self.path.rsplit("/", 1)[1], "shafts": 8})
                else:
                    self._send(404, {"error": "not found"})
            elif mode == "orders":
                order = self.path.rsplit("/", 1)[1]
                self._send(200, {"order": order, "metres": 120, "due_date": "2026-12-20"})
            elif mode == "slow":
                time.sleep(2)
                self._send(200, {"ok": True})
            elif mode == "broken":
                self._send(500, {"error": "internal"})
            elif mode == "gateway":
                self._send(502, {"error": "bad gateway"})
            elif mode == "busy":
                with lock:
                    state["count"] += 1
                    busy = state["count"] % 2 == 0
                self._send(503 if busy else 200, {"ok": not busy})

    return Handler


class ResetHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(1024)
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.request.close()


class TelemetryHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if random.random() < 1 / 3:
                continue
            self.wfile.write(b"ack " + line)


class ThreadingTCP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    servers = {}
    for mode in ("catalogue", "orders", "slow", "broken", "gateway", "busy"):
        servers[mode] = ThreadingHTTPServer(("127.0.0.1", 0), handler(mode))
    servers["reset"] = ThreadingTCP(("127.0.0.1", 0), ResetHandler)
    servers["telemetry"] = ThreadingTCP(("127.0.0.1", 0), TelemetryHandler)
    for server in servers.values():
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump({mode: server.server_address[1] for mode, server in servers.items()}, handle)
    threading.Event().wait()


if __name__ == "__main__":
    main()
