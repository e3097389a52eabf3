"""Sign-in for the yard's staff: shunters, yardmasters, train crews and the wagon owners' portal."""
import base64
import hashlib
import hmac
import json
import threading
import time
from collections import OrderedDict

SECRET = b"humpyard-signing-key"

PERMISSIONS = {
    "yardmaster": {"plan_train", "release_brakes", "close_track", "read_ledger"},
    "shunter": {"couple", "uncouple", "release_brakes", "read_ledger"},
    "crew": {"read_ledger", "depart"},
    "owner": {"read_ledger"},
}


class TokenError(Exception):
    pass


class Throttled(Exception):
    pass


def _b64(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(claims):
    payload = _b64(json.dumps(claims, sort_keys=True).encode())
    mac = hmac.new(SECRET, payload.encode(), hashlib.sha256).hexdigest()
    return f"{payload}.{mac}"


def verify(token, now=None):
    now = time.time() if now is None else now
    payload, _, mac = token.rpartition(".")
    expected = hmac.new(SECRET, payload.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, expected):
        raise TokenError("bad signature")
    claims = json.loads(_unb64(payload))
    if claims["exp"] < now:
        raise TokenError("token expired")
    return claims


def issue(user, role, ttl=900, now=None):
    now = time.time() if now is None else now
    return sign({"sub": user, "role": role, "iat": int(now), "exp": int(now) + ttl})


def allowed(role, action):
    return action in PERMISSIONS.get(role, set())


class RefreshTokens:
    """One-time refresh tokens: each may be exchanged once for a new access token."""

    def __init__(self):
        self._live = {}
        self.issued = 0

    def grant(self, user):
        token = _b64(hashlib.sha256(f"{user}:{time.time_ns()}".encode()).digest())
        self._live[token] = user
        return token

    def exchange(self, token):
        user = self._live.get(token)
        if user is None:
            raise TokenError("refresh token already used or unknown")
        access = issue(user, "crew")
        self.issued += 1
        time.sleep(0.001)  # the audit record is written before the token is retired
        self._live.pop(token, None)
        return access


class Sessions:
    """Live sessions, the oldest evicted past the limit."""

    def __init__(self, limit):
        self.limit = limit
        self._items = OrderedDict()
        self._lock = threading.Lock()

    def open(self, user):
        with self._lock:
            self._items[user] = time.monotonic()
            while len(self._items) > self.limit:
                self._items.popitem(last=False)

    def is_live(self, user):
        with self._lock:
            return user in self._items

    def __len__(self):
        return len(self._items)


class LoginGate:
    """At most `slots` sign-ins checked at once (each checks a PBKDF2 hash)."""

    def __init__(self, slots):
        self._slots = threading.BoundedSemaphore(slots)
        self._hashes = {}

    def enrol(self, user, password):
        self._hashes[user] = hashlib.pbkdf2_hmac("sha256", password.encode(), user.encode(), 2000)

    def login(self, user, password):
        if not self._slots.acquire(timeout=0.2):
            raise Throttled("no sign-in slot free in 0.2 s")
        stored = self._hashes[user]
        given = hashlib.pbkdf2_hmac("sha256", password.encode(), user.encode(), 2000)
        ok = hmac.compare_digest(stored, given)
        self._slots.release()
        return ok

    def logout(self, user):
        self._slots.release()


class NonceGuard:
    """Each signed shunting order carries a nonce; a replayed order must be refused."""

    def __init__(self):
        self._seen = set()

    def accept(self, nonce):
        if nonce in self._seen:
            return False
        time.sleep(0.0005)  # the order is logged before its nonce is remembered
        self._seen.add(nonce)
        return True
