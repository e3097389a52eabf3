"""Sign-in for thatchers, yard hands and trade buyers: passwords, tokens, sessions, lockout."""
import base64
import hashlib
import hmac
import secrets
import time

from pydantic import BaseModel


class Claims(BaseModel):
    sub: str
    role: str
    exp: int


def hash_password(password, salt=None):
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 20_000)
    return salt.hex() + "$" + digest.hex()


def check_password(password, stored):
    salt, _, digest = stored.partition("$")
    again = hash_password(password, bytes.fromhex(salt)).partition("$")[2]
    return hmac.compare_digest(again, digest)


def legacy_check(password, stored):
    # Accounts migrated from the old order desk still carry crypt(3) hashes.
    import crypt
    return hmac.compare_digest(crypt.crypt(password, stored), stored)


def issue_token(user, role, secret, ttl=900):
    import jwt
    return jwt.encode({"sub": user, "role": role, "exp": int(time.time()) + ttl}, secret, algorithm="HS256")


def verify_token(token, secret):
    import jwt
    return jwt.decode(token, secret, algorithms=["HS256"])


def parse_claims(payload):
    return Claims.parse_obj(payload)


def sign_webhook(key, body):
    return hmac.new(key, body).hexdigest()


def basic_header(user, password):
    raw = f"{user}:{password}".encode()
    return "Basic " + base64.encodestring(raw).decode().strip()


def bearer(header):
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ValueError("not a bearer token")
    return token


SCOPES = {"thatcher": {"orders:read", "orders:write"}, "yard": {"stock:read", "stock:write"}, "buyer": {"orders:read"}}


def allowed(role, scope):
    return scope in SCOPES.get(role, set())


class Lockout:
    def __init__(self, limit=3):
        self.limit = limit
        self.failures = {}

    def fail(self, user):
        self.failures[user] = self.failures.get(user, 0) + 1

    def succeed(self, user):
        self.failures.pop(user, None)

    def locked(self, user):
        return self.failures.get(user.lower(), 0) >= self.limit


class Sessions:
    def __init__(self, ttl=600):
        self.ttl = ttl
        self.store = {}

    def open(self, user):
        sid = secrets.token_hex(8)
        self.store[sid] = (user, time.monotonic() + self.ttl)
        return sid

    def user(self, sid):
        user, until = self.store.get(sid, (None, 0))
        return user if time.monotonic() < until else None
