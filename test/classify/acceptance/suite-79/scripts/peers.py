"""The peer kilnyard's suite talks to: the kiln controller, an HTTP service on a free port of 127.0.0.1.
Writes {"controller": port} as JSON to argv[1] once it listens; runs until killed."""
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TEMPS = {"k1": 1180, "k2": 1222, "k3": 1240}
attempts = {}
lock = threading.Lock()


class Controller(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if parts[0] == "kilns" and len(parts) == 3 and parts[2] == "status" and parts[1] in TEMPS:
            return self.answer(200, {"kiln": parts[1], "temp": TEMPS[parts[1]]})
        if parts[0] == "slow":
            time.sleep(0.6)
            return self.answer(200, {"slow": True})
        if parts[0] == "warming" and len(parts) == 2:
            with lock:
                attempts[parts[1]] = attempts.get(parts[1], 0) + 1
                seen = attempts[parts[1]]
            if seen <= 3:
                return self.answer(503, {"error": "controller warming up"})
            return self.answer(200, {"ready": True, "attempts": seen})
        return self.answer(404, {"error": "no such path"})


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Controller)
    with open(sys.argv[1] + ".tmp", "w") as f:
        json.dump({"controller": server.server_address[1]}, f)


    os.replace(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()
