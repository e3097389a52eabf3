"""The peers of the recorded run, in one process: the tiles service (HTTP) and the gauge hub, which accepts and
never answers. Usage: python peers.py TILES_PORT HUB_PORT"""

import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATIONS_ONE = b'<?xml version="1.0"?><stations><station id="spurn"><name>Spurn Point</name></station></stations>'
STATIONS_TWO = (
    b'<?xml version="1.0"?><stations><station id="spurn"><name>Spurn Point</name></station>'
    b'<station id="cley"><name>Cley</name></station></stations>'
)
MAINTENANCE = b"<html><head><title>Down for maintenance</title></head><body><p>Back soon<br></body></html>"


class Tiles(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, kind="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", '"t-3"')
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path
        if path.startswith("/api/v2/tiles/"):
            self.answer(200, b'{"tile": %s, "cells": 16}' % path.rsplit("/", 1)[1].encode())
        elif path == "/api/v2/tiles":
            self.answer(200, b'{"tiles": [1, 2, 3]}')
        elif path.startswith("/busy/"):
            self.answer(503, b'{"error": "tile renderer overloaded"}')
        elif path.startswith("/slow/"):
            time.sleep(2)
            self.answer(200, b'{"tile": 0}')
        elif path == "/stations/one.xml":
            self.answer(200, STATIONS_ONE, "application/xml")
        elif path == "/stations/all.xml":
            self.answer(200, STATIONS_TWO, "application/xml")
        elif path == "/surge.xml":
            self.answer(200, MAINTENANCE, "text/html")
        else:
            self.answer(404, b'{"error": "not found"}')


def silent(port):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(16)
    held = []
    while True:
        connection, _ = listener.accept()
        held.append(connection)


tiles_port, hub_port = int(sys.argv[1]), int(sys.argv[2])
threading.Thread(target=silent, args=(hub_port,), daemon=True).start()
ThreadingHTTPServer(("127.0.0.1", tiles_port), Tiles).serve_forever()
