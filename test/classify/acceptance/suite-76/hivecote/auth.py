"""Sign-in of beekeepers, graders and buyers: HMAC tokens, a lockout counter, sessions and refresh."""
import base64
import hashlib
import hmac
import json
import resource
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from hivecote import settings

SECRET = b"hivecote-dev-secret"


def issue(user, role, ttl=600, now=None):
    now = time.time() if now is None else now
    body = json.dumps({"sub": user, "role": role, "exp": now + ttl}, sort_keys=True).encode()
    signature = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return base64.urlsafe_b64encode(body).decode() + "." + signature


def verify(token, now=None):
    now = time.time() if now is None else now
    encoded, signature = token.split(".")
    body = base64.urlsafe_b64decode(encoded)
    if not hmac.compare_digest(hmac.new(SECRET, body, hashlib.sha256).hexdigest(), signature):
        raise PermissionError("bad signature")
    claims = json.loads(body)
    if claims["exp"] < now:
        raise PermissionError("token expired")
    return claims


def nonce():
    # Milliseconds since the epoch: unique "enough" for one request at a time.
    return f"{int(time.time() * 1000):x}"


class Lockout:
    def __init__(self, limit=5):
        self.limit = limit
        self.failures = {}

    def fail(self, user):
        count = self.failures.get(user, 0)
        time.sleep(0)
        self.failures[user] = count + 1

    def locked(self, user):
        return self.failures.get(user, 0) >= self.limit


class Sessions:
    def __init__(self):
        self.by_user = {}
        self.created = 0

    def open(self, user):
        if user not in self.by_user:
            time.sleep(0.001)
            self.created += 1
            self.by_user[user] = f"s-{user}-{self.created}"
        return self.by_user[user]


class Refresher:
    """Keeps one access token per buyer and asks the provider again when it expires."""

    def __init__(self, provider):
        self.provider = provider
        self.token = None
        self.expires = 0.0
        self.lock = threading.Lock()

    def current(self):
        if time.time() >= self.expires:
            token, ttl = self.provider()
            with self.lock:
                self.token, self.expires = token, time.time() + ttl
        return self.token


def _limit_cpu(seconds):
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))


def _hash(password, iterations):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"hivecote", iterations).hex()


def hash_many(passwords):
    conf = settings.load()["hash_pool"]
    with ProcessPoolExecutor(conf["workers"], initializer=_limit_cpu, initargs=(conf["cpu_seconds"],)) as pool:
        return list(pool.map(_hash, passwords, [conf["iterations"]] * len(passwords)))


def hash_one(password, iterations=1000):
    return _hash(password, iterations)
