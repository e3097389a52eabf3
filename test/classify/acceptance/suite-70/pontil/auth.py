import base64
import hashlib
import hmac
import json
import time

from pontil import settings

SIGNING_KEY = b"pontil-studio-signing-key"
ROLES = {"fire_glory_hole": "gaffer", "open_lehr": "gaffer", "book_bench": "assistant"}


class TokenError(Exception):
    pass


class TokenExpired(TokenError):
    pass


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mint(user, role, ttl=None, key=SIGNING_KEY):
    if ttl is None:
        ttl = settings.studio()["session_seconds"]
    now = time.time()
    claims = {"sub": user, "role": role, "iat": round(now), "exp": int(now) + ttl}
    body = _b64(json.dumps(claims).encode())
    signature = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    return f"{body}.{signature}"


REVOKED = set()


def revoke(token):
    REVOKED.add(token)


def verify(token, key=SIGNING_KEY):
    body, _, signature = token.partition(".")
    expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(expected, signature):
        raise TokenError("bad signature")
    claims = json.loads(_unb64(body))
    now = time.time()
    if claims["iat"] > now:
        raise TokenError(f"token issued in the future: iat={claims['iat']} now={now:.3f}")
    if claims["exp"] <= int(now):
        raise TokenExpired(f"token expired at {claims['exp']} (now {int(now)})")
    return claims


def allowed(role, action):
    return ROLES[action] in role


SEEN_NONCES = set()


def accept_nonce(nonce):
    if nonce in SEEN_NONCES:
        raise TokenError(f"replay detected: nonce {nonce!r} already used")
    SEEN_NONCES.add(nonce)
    return True


class SessionStore:
    CAPACITY = 64

    def __init__(self):
        self.sessions = {}

    def open(self, user):
        if len(self.sessions) >= self.CAPACITY:
            self.sessions.pop(next(iter(self.sessions)))
        self.sessions[user] = mint(user, "assistant", ttl=600)
        return self.sessions[user]

    def is_signed_in(self, user):
        return user in self.sessions


class Lockout:
    LIMIT = 5

    def __init__(self):
        self.failures = {}

    def fail(self, user):
        self.failures[user] = self.failures.get(user, 0) + 1

    def locked(self, user):
        return self.failures.get(user, 0) > self.LIMIT


def hash_password(password, salt=b"pontil"):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000).hex()
