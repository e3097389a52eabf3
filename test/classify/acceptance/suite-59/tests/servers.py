"""Stand-ins the suite starts: the botanic garden's identity provider and a stalling sensor feed."""
import http.server
import json
import secrets
import threading
import time
import urllib.parse

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa


class IdentityProvider:
    """Password and refresh-token grants, revocation, a JWKS; rotates its signing key after `rotate_after`
    tokens, as the garden's provider does on its schedule. The field-station node's clock runs `station_skew`
    seconds ahead."""

    def __init__(self, port, rotate_after=40, station_skew=180):
        self.keys = {}
        self.current = None
        self._new_key("k1")
        self.issued = 0
        self.rotate_after = rotate_after
        self.station_skew = station_skew
        self.refresh_tokens = {}
        self.revoked = set()
        self.lock = threading.Lock()
        provider = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path == "/.well-known/jwks.json":
                    self._answer(200, provider.jwks())
                else:
                    self._answer(404, {"error": "not_found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                if self.path == "/revoke":
                    provider.revoked.add(form.get("token"))
                    self._answer(200, {})
                elif self.path == "/token":
                    self._answer(*provider.grant(form))
                else:
                    self._answer(404, {"error": "not_found"})

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _new_key(self, kid):
        self.keys = {kid: rsa.generate_private_key(public_exponent=65537, key_size=2048)}
        self.current = kid

    def jwks(self):
        keys = []
        for kid, key in self.keys.items():
            jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
            keys.append({**jwk, "kid": kid, "use": "sig", "alg": "RS256"})
        return {"keys": keys}

    def grant(self, form):
        with self.lock:
            if form.get("grant_type") == "refresh_token":
                token = form.get("refresh_token")
                if token in self.revoked:
                    return 400, {"error": "invalid_grant", "error_description": "Token is revoked"}
                if token not in self.refresh_tokens:
                    return 400, {"error": "invalid_grant", "error_description": "Unknown refresh token"}
                user, audience = self.refresh_tokens[token]
            else:
                user, audience = form.get("username"), form.get("audience")
            self.issued += 1
            if self.issued > self.rotate_after and self.current == "k1":
                self._new_key("k2")
            now = int(time.time()) + (self.station_skew if form.get("client_id") == "field-station" else 0)
            roles = ["curator"] if user and user.startswith("cur-") else ["technician"]
            claims = {"sub": user, "aud": audience, "iss": "https://id.garden.example", "iat": now, "nbf": now,
                      "exp": now + 300, "roles": roles}
            token = jwt.encode(claims, self.keys[self.current], algorithm="RS256", headers={"kid": self.current})
            refresh = secrets.token_urlsafe(16)
            self.refresh_tokens[refresh] = (user, audience)
            return 200, {"access_token": token, "refresh_token": refresh, "token_type": "Bearer", "expires_in": 300}

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class StallingFeed:
    """A sensor feed that accepts a request and answers after `delay` seconds."""

    def __init__(self, delay=2.0):
        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                time.sleep(delay)
                data = b'{"celsius": -20.1, "rh": 14}'
                try:
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
