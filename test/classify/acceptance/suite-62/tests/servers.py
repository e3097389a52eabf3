"""The stand-ins scripts/record.sh starts beside the run, one process for all workers: the network's identity
provider, the catalogue exchange, and five subscribers of the alert fan-out, each behaving as it did that night.

    python tests/servers.py CERTDIR
"""
import datetime
import http.server
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SIGNING_SECRET = "tremorline-ci-signing-secret"
CLIENTS = {"tremorline": "s3ismic"}


class Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def form(self):
        length = int(self.headers.get("Content-Length", 0))
        return dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))


class IdentityProvider(Quiet):
    """Client-credentials and password grants; analysts' tokens carry a list of roles."""

    def do_POST(self):
        form = self.form()
        if CLIENTS.get(form.get("client_id")) != form.get("client_secret"):
            self.answer(401, {"error": "invalid_client"})
            return
        now = int(time.time())
        claims = {"sub": form.get("username", form["client_id"]), "iat": now, "exp": now + 600,
                  "aud": "tremorline", "roles": ["analyst"] if "username" in form else ["service"]}
        self.answer(200, {"access_token": jwt.encode(claims, SIGNING_SECRET, algorithm="HS256")})


class Exchange(Quiet):
    """The regional catalogue exchange: every third request meets an overloaded node."""
    calls = 0
    lock = threading.Lock()

    def do_GET(self):
        with Exchange.lock:
            Exchange.calls += 1
            overloaded = Exchange.calls % 3 == 0
        if overloaded:
            self.answer(503, {"error": "node overloaded, retry later"})
        else:
            day = self.path.rsplit("/", 1)[-1]
            self.answer(200, {"day": day, "events": [{"id": n, "magnitude": 2.0 + n / 10} for n in range(12)]})


class Subscriber(Quiet):
    def do_POST(self):
        self.form()
        self.answer(202, {"queued": True})


class Silent(Quiet):
    """Reads the request and never answers (the rail operator's gateway that night)."""

    def do_POST(self):
        self.form()
        time.sleep(30)


class Resetting(Quiet):
    """Reads the request and drops the connection with a reset (the dam operator's proxy)."""

    def do_POST(self):
        self.form()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.connection.close()


def serve(port, handler, context=None):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def full_backlog(port):
    """A gateway that stopped accepting: its listen queue is full, so new connections wait unanswered."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", port))
    listener.listen(0)
    queued = []
    for _ in range(2):
        client = socket.socket()
        client.setblocking(False)
        client.connect_ex(("127.0.0.1", port))
        queued.append(client)
    return listener, queued


def certificates(folder):
    """The network's private CA and the grid operator's certificate, issued for its name only."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tremorline Network CA")])
    now = datetime.datetime.now(datetime.timezone.utc)
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    name = "grid-alerts.tremorline.test"
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    with open(f"{folder}/ca.pem", "wb") as out:
        out.write(ca.public_bytes(serialization.Encoding.PEM))
    with open(f"{folder}/grid.pem", "wb") as out:
        out.write(cert.public_bytes(serialization.Encoding.PEM))
        out.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))


def main(folder):
    import ssl

    certificates(folder)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(f"{folder}/grid.pem")
    serve(19964, IdentityProvider)
    serve(19967, Exchange)
    keep = full_backlog(19968)
    serve(19969, Silent)
    serve(19970, Resetting)
    serve(19971, Subscriber)
    serve(19972, Subscriber, context)
    print("ready", flush=True)
    # scripts/record.sh leaves a file named stop beside the certificates when the run is over.
    while keep and not os.path.exists(f"{folder}/stop"):
        time.sleep(0.2)


if __name__ == "__main__":
    main(sys.argv[1])
