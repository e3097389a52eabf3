"""Stand-ins the suite starts in each worker: the yard's signal box (a line protocol) and the wagon registry (HTTP)."""
import asyncio
import json
import random
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SignalBox:
    """Answers `ASPECT <signal>`; SLOW- signals after 2 s, DROP- signals with a reset, FLAKY- signals reset a third
    of the time."""

    def __init__(self):
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    async def _answer(self, reader, writer):
        line = (await reader.readline()).decode().strip()
        signal = line.partition(" ")[2]
        if signal.startswith("SLOW-"):
            await asyncio.sleep(2.0)
        if signal.startswith("DROP-") or (signal.startswith("FLAKY-") and random.random() < 0.34):
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return
        if signal.startswith("X"):
            writer.write(f"ERR unknown signal {signal}\n".encode())
        else:
            writer.write(f"{signal} {'GREEN' if len(signal) % 2 else 'YELLOW'}\n".encode())
        await writer.drain()
        writer.close()

    def _run(self):
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._answer, "127.0.0.1", self.port, backlog=512))
        self.ready.set()
        self.loop.run_forever()
        server.close()

    def start(self):
        self.thread.start()
        self.ready.wait(5)
        return self


class _Registry(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        number = self.path.rsplit("/", 1)[-1]
        if number.startswith("BUSY"):
            self.send_error(503, "registry rebuilding its index")
            return
        if number.startswith("SLOW"):
            time.sleep(3)
        if number.startswith("NONE"):
            self.send_error(404, "no such wagon")
            return
        body = json.dumps({"number": number, "kind": "hopper", "tonnes": 64.0, "track": 3}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Registry:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Registry)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self
