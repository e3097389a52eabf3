"""Staging stand-ins the suite starts: the radiocarbon laboratory, the map tiles over TLS, the museum's handover
API, the unit's outbound proxy."""
import datetime
import json
import socket
import ssl
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _serve(handler, wrap=None):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if wrap:
        server.socket = wrap.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


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


def radiocarbon_lab(answer_after=0.0):
    """Answers a sample's date after answer_after seconds; its queue refuses the first attempt of every batch with a
    503 (the lab's front end warming a worker) and every batch over 20 samples (its queue's limit)."""
    seen = set()

    class Handler(_Quiet):
        def do_GET(self):
            time.sleep(answer_after)
            self._json(200, {"sample": self.path.rsplit("/", 1)[-1], "bp": 1840, "error": 35})

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            key = tuple(body["samples"])
            first = key not in seen
            seen.add(key)
            if first or len(key) > 20:
                self._json(503, {"error": "queue unavailable"})
            else:
                self._json(200, {"queued": len(key)})

    return _serve(Handler)


def make_ca(folder):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "County HER staging CA")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=400)).not_valid_after(now + datetime.timedelta(days=400))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = folder / "ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, str(path)


def make_leaf(folder, ca, name, hosts, expired=False):
    ca_key, ca_cert, _ = ca
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc)
    start, end = (now - datetime.timedelta(days=400), now - datetime.timedelta(days=3)) if expired else (
        now - datetime.timedelta(days=1), now + datetime.timedelta(days=90))
    names = [x509.DNSName(host) for host in hosts]
    cert = (
        x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_path = folder / f"{name}.pem"
    key_path = folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def tile_server(cert_path, key_path):
    class Handler(_Quiet):
        def do_GET(self):
            data = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return _serve(Handler, wrap=context)


def museum_handover(cut_after=None):
    """The museum's handover API: a box's manifest. With cut_after, it resets the connection after that many bytes of
    the body (its load balancer recycling a backend mid-response)."""

    class Handler(_Quiet):
        def do_GET(self):
            items = [{"find": f"SPH24-{n:04d}", "material": "ceramic"} for n in range(1, 400)]
            data = json.dumps({"box": self.path.split("/")[2], "items": items}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if cut_after is None:
                self.wfile.write(data)
                return
            self.wfile.write(data[:cut_after])
            self.wfile.flush()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

        def do_POST(self):
            self._json(202, {"accepted": True})

    return _serve(Handler)


def refusing_proxy():
    """The unit's outbound proxy, whose allow-list does not have the archive's host: it refuses the tunnel."""

    class Handler(_Quiet):
        def do_CONNECT(self):
            self.send_response(403, "Forbidden")
            self.send_header("Content-Length", "0")
            self.end_headers()

    return _serve(Handler)


def url(server, scheme="http"):
    return f"{scheme}://127.0.0.1:{server.server_address[1]}"
