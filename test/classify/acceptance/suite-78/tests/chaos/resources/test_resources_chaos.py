import json
import os
import resource
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tidemark import net, res

BERTH_PORT = 18778


class Berth(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"berth": "B4"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def berth_server():
    server = HTTPServer(("127.0.0.1", BERTH_PORT), Berth)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class TestStreams:
    def test_tide_heads_for_a_day(self, gateway):
        heads = res.tide_heights([f"{gateway}/ok/t{n}" for n in range(24)])
        assert len(heads) == 24

    @pytest.mark.parametrize("vessels", [1, 8, 32])
    def test_vessel_sockets(self, vessels):
        relay = socket.create_server(("127.0.0.1", 0), backlog=64)
        try:
            opened = res.vessel_sockets("127.0.0.1", relay.getsockname()[1], vessels)
            assert len(opened) == vessels
            for sock in opened:
                sock.close()
        finally:
            relay.close()


class TestLocalBerthServer:
    def test_berth_server_answers(self):
        berth_server()
        assert net.get_json(f"http://127.0.0.1:{BERTH_PORT}/")["berth"] == "B4"

    def test_berth_server_answers_twice(self):
        server = berth_server()
        try:
            assert net.get_json(f"http://127.0.0.1:{BERTH_PORT}/")["berth"] == "B4"
            assert net.get_json(f"http://127.0.0.1:{BERTH_PORT}/")["berth"] == "B4"
        finally:
            server.shutdown()
            server.server_close()


class TestHandshakes:
    def test_tls_handshake_with_slow_relay(self):
        port = int(os.environ["TIDEMARK_SILENT_PORT"])
        raw = socket.create_connection(("127.0.0.1", port), timeout=1)
        with net.tls_context().wrap_socket(raw, server_hostname="relay.tidemark.test") as tls:
            assert tls.version()

    def test_tls_context_trusts_ca(self):
        context = net.tls_context()
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname


class TestTables:
    @pytest.mark.parametrize("days", [1, 7, 30, 90, 365])
    def test_table_round_trip(self, tmp_path, days):
        path = tmp_path / "tides.json"
        path.write_text(json.dumps({"heights": [1.5] * days * 4}))
        assert len(res.read_table(path)["heights"]) == days * 4

    @pytest.mark.parametrize("size", [10, 1000, 100000])
    def test_large_table(self, tmp_path, size):
        path = tmp_path / "big.json"
        path.write_text(json.dumps(list(range(size))))
        assert len(res.read_table(path)) == size

    def test_table_missing(self, tmp_path):
        with pytest.raises(FileNotFoundError):
            res.read_table(tmp_path / "none.json")

    @pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1"])
    def test_table_encodings(self, tmp_path, encoding):
        path = tmp_path / "enc.json"
        path.write_text('{"port": "Tidemark"}', encoding=encoding)
        assert res.read_table(path)["port"] == "Tidemark"


@pytest.fixture
def container_file_limit():
    """The open-file limit of the production container, 64, for the test; the runner's own limit after it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    yield 64
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


class TestLongStreams:
    def test_tide_heads_for_a_month(self, gateway, container_file_limit):
        heads = res.tide_heights([f"{gateway}/ok/m{n}" for n in range(300)])
        assert len(heads) == 300
