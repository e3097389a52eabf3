import http.server
import socket
import threading
import pytest


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        code = int(self.path.strip("/").split("/")[0] or 200)
        if code == 1:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>maintenance</html>")
            return
        self.send_response(code)
        self.end_headers()
        self.wfile.write(b'{"error": "x"}')

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def smtp_closing():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    def serve():
        conn, _ = sock.accept()
        conn.sendall(b"220 hi ESMTP\r\n")
        conn.recv(1000)
        conn.close()
    threading.Thread(target=serve, daemon=True).start()
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture
def recursive_a(recursive_b):
    return 1


@pytest.fixture
def recursive_b(recursive_a):
    return 2


@pytest.fixture
def seeded_db(tmp_path):
    import sqlite3
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("insert into users values (1)")
    return conn
