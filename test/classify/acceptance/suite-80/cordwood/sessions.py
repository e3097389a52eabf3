"""Drivers' and customers' sign-in: HMAC tokens, sessions and a lockout counter in SQLite, a session memo."""
import base64
import hashlib
import hmac
import json
import sqlite3
import time

from cordwood import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user TEXT NOT NULL, expires REAL NOT NULL);
CREATE TABLE IF NOT EXISTS failures (user TEXT PRIMARY KEY, count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, salt TEXT NOT NULL, hash TEXT NOT NULL, role TEXT NOT NULL);
"""
MAX_FAILURES = 3


class TokenError(ValueError):
    pass


def connect(path=":memory:"):
    conn = sqlite3.connect(path, timeout=0.2)
    conn.executescript(SCHEMA)
    return conn


def _secret():
    secret = settings.token_secret()
    if not secret:
        raise TokenError("CORDWOOD_TOKEN_SECRET is empty: tokens cannot be signed")
    return secret.encode()


def issue(user, role, ttl=3600, now=None):
    claims = {"sub": user, "role": role, "exp": (now or time.time()) + ttl}
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode()
    signature = hmac.new(_secret(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{signature}"


def verify(token, now=None):
    body, signature = token.rsplit(".", 1)
    expected = hmac.new(_secret(), body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        raise TokenError("bad signature")
    claims = json.loads(base64.urlsafe_b64decode(body))
    if claims["exp"] < (now or time.time()):
        raise TokenError("token expired")
    return claims


def add_user(conn, name, password, role="driver"):
    salt = hashlib.sha256(name.encode()).hexdigest()[:16]
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 1000).hex()
    conn.execute("INSERT INTO users (name, salt, hash, role) VALUES (?, ?, ?, ?)", (name, salt, digest, role))
    conn.commit()


def login(conn, name, password, ttl=3600):
    count = conn.execute("SELECT count FROM failures WHERE user = ?", (name,)).fetchone()
    if count and count[0] >= MAX_FAILURES:
        raise TokenError(f"{name} is locked out")
    row = conn.execute("SELECT salt, hash, role FROM users WHERE name = ?", (name,)).fetchone()
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), (row[0] if row else "").encode(), 1000).hex()
    if row is None or not hmac.compare_digest(digest, row[1]):
        conn.execute(
            "INSERT INTO failures (user, count) VALUES (?, 1) ON CONFLICT (user) DO UPDATE SET count = count + 1", (name,)
        )
        conn.commit()
        raise TokenError("bad name or password")
    token = issue(name, row[2], ttl)
    conn.execute("INSERT INTO sessions (token, user, expires) VALUES (?, ?, ?)", (token, name, time.time() + ttl))
    conn.commit()
    return token


def session_user(conn, token):
    row = conn.execute("SELECT user, expires FROM sessions WHERE token = ?", (token,)).fetchone()
    if row is None or row[1] < time.time() * 1000:
        return None
    return row[0]


def logout(conn, token):
    conn.execute("DELETE FROM sessions WHERE token = ?", (token,))


_roles = {}


def role_of(conn, name):
    if name not in _roles:
        row = conn.execute("SELECT role FROM users WHERE name = ?", (name,)).fetchone()
        _roles[name] = row[0] if row else None
    return _roles[name]


def set_role(conn, name, role):
    conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
    conn.commit()
