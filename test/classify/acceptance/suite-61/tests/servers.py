"""Staging stand-ins the suite starts: the co-op's gateway, the milk laboratory, the depot's memcached, the telemetry
hub and the farm meters' hub."""
import collections
import json
import socket
import socketserver
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        pass  # a client that gave up (a read timeout) is not the stand-in's error


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 2048

    def handle_error(self, request, client_address):
        pass


def _serve(server):
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


def coop_gateway():
    """The co-op's member gateway: the service's client secret of the last quarter has expired."""

    class Handler(_Quiet):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self._json(401, {"error": "invalid_client", "error_description": "client secret expired on 2026-10-01"})

        def do_GET(self):
            self._json(401, {"error": "invalid_token"})

    return _serve(_Server(("127.0.0.1", 0), Handler))


def milk_lab():
    """One analyst answering one result at a time (35 ms each); sample batches over 20 are refused with 503."""
    analyst = threading.Lock()

    class Handler(_Quiet):
        def do_GET(self):
            sample = self.path.rsplit("/", 1)[-1]
            with analyst:
                time.sleep(0.035)
            self._json(200, {"sample": sample, "cells": 180000, "bacteria": 12000, "antibiotics": False})

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if len(body["samples"]) > 20:
                self._json(503, {"error": "no analyst free"})
            else:
                self._json(200, {"queued": len(body["samples"])})

    return _serve(_Server(("127.0.0.1", 0), Handler))


def memcached(capacity=128):
    """The depot's memcached, as small as the depot's box: it keeps the 128 items used last."""
    items = collections.OrderedDict()
    guard = threading.Lock()

    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            while True:
                line = self.rfile.readline()
                if not line:
                    return
                parts = line.decode().split()
                if not parts:
                    continue
                if parts[0] == "set":
                    data = self.rfile.read(int(parts[4]) + 2)[:-2]
                    with guard:
                        items[parts[1]] = (parts[2], data)
                        items.move_to_end(parts[1])
                        while len(items) > capacity:
                            items.popitem(last=False)
                    if parts[-1] != "noreply":
                        self.wfile.write(b"STORED\r\n")
                elif parts[0] in ("get", "gets"):
                    out = b""
                    with guard:
                        for key in parts[1:]:
                            if key in items:
                                items.move_to_end(key)
                                flags, data = items[key]
                                out += f"VALUE {key} {flags} {len(data)}\r\n".encode() + data + b"\r\n"
                    self.wfile.write(out + b"END\r\n")
                elif parts[0] == "delete":
                    with guard:
                        found = items.pop(parts[1], None) is not None
                    if parts[-1] != "noreply":
                        self.wfile.write(b"DELETED\r\n" if found else b"NOT_FOUND\r\n")
                else:
                    self.wfile.write(b"ERROR\r\n")

    return _serve(_TCPServer(("127.0.0.1", 0), Handler))


def telemetry_hub():
    """The tankers' telemetry hub: it accepts a connection and reads the question, but its feed from the tankers is
    down, so it never answers."""

    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            self.rfile.readline()
            time.sleep(3600)

    return _serve(_TCPServer(("127.0.0.1", 0), Handler))


def meter_hub():
    """The farm meters' hub: it answers a reading after two seconds, and keeps a connection open as long as the
    client does."""

    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            line = self.rfile.readline()
            if not line:
                return
            time.sleep(2.0)
            try:
                self.wfile.write(b"1234.5\n")
                self.rfile.readline()
            except OSError:
                pass

    return _serve(_TCPServer(("127.0.0.1", 0), Handler))
