"""Peers of hivecote for the recording, each on a free port, the ports written as JSON to the file given.

stall: accepts and never answers; reset: reads the request and resets the connection; slow: answers after 3 s;
unavailable: 503 to every request; cut: promises 4096 bytes and sends 40; split: sends a JSON line in two parts
0.3 s apart; flaky: resets the first request for each path, answers later ones; market: answers every request.
"""
import json
import socket
import socketserver
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def http_handler(mode):
    seen = set()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

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
            if mode == "slow":
                time.sleep(3)
                self._send(200, {"ok": True})
            elif mode == "unavailable":
                self._send(503, {"error": "maintenance"})
            elif mode == "cut":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "4096")
                self.end_headers()
                self.wfile.write(b'{"buyer": "wholefoods", "jars": [1, 2, 3, 4')
                self.wfile.flush()
                self.close_connection = True
            elif mode == "flaky":
                with lock:
                    first = self.path not in seen
                    seen.add(self.path)
                if first:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    self.connection.close()
                    return
                self._send(200, {"path": self.path, "ok": True})
            else:
                self._send(200, {"path": self.path, "ok": True, "price": 7.5})

    return Handler


class StallHandler(socketserver.BaseRequestHandler):
    def handle(self):
        time.sleep(30)


class ResetHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(1024)
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.request.close()


class SplitHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(1024)
        self.request.sendall(b'{"hive": "h7", "weight_')
        time.sleep(0.3)
        self.request.sendall(b'g": 41200}\n')


class ThreadingTCP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    servers = {}
    for name in ("slow", "unavailable", "cut", "flaky", "market"):
        server = ThreadingHTTPServer(("127.0.0.1", 0), http_handler(name))
        server.daemon_threads = True
        servers[name] = server
    servers["stall"] = ThreadingTCP(("127.0.0.1", 0), StallHandler)
    servers["reset"] = ThreadingTCP(("127.0.0.1", 0), ResetHandler)
    servers["split"] = ThreadingTCP(("127.0.0.1", 0), SplitHandler)
    for server in servers.values():
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ports = {name: server.server_address[1] for name, server in servers.items()}
    with open(sys.argv[1] + ".tmp", "w", encoding="utf-8") as handle:
        json.dump(ports, handle)
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    threading.Event().wait()


if __name__ == "__main__":
    main()
