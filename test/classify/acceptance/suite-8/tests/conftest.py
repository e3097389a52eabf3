import http.server
import socket
import socketserver
import threading

import dns.message
import dns.rcode
import pytest


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def _start(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def http_stub():
    """A local HTTP server answering every request with the given status, body and headers."""
    servers = []

    def start(status, body=b"", headers=None):
        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def line_stub():
    """A local TCP server speaking a line protocol: a greeting, then one answer per line received."""
    servers = []

    def start(greeting, answer):
        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                if greeting is not None:
                    self.wfile.write(greeting)
                if answer is None:
                    return
                for line in self.rfile:
                    reply = answer(line)
                    if reply is None:
                        return
                    self.wfile.write(reply)

        server = _start(_Server(("127.0.0.1", 0), Handler))
        servers.append(server)
        return server.server_address[1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def dns_stub():
    """A local DNS server on UDP answering every query with the given response code."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    state = {"rcode": dns.rcode.NOERROR}
    stop = threading.Event()

    def serve():
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                data, peer = sock.recvfrom(4096)
            except socket.timeout:
                continue
            except OSError:
                return
            response = dns.message.make_response(dns.message.from_wire(data))
            response.set_rcode(state["rcode"])
            sock.sendto(response.to_wire(), peer)

    threading.Thread(target=serve, daemon=True).start()

    def start(rcode):
        state["rcode"] = rcode
        return sock.getsockname()[1]

    yield start
    stop.set()
    sock.close()
