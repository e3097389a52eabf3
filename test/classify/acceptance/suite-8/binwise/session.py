"""Handheld sessions: the cookie the scanner's browser keeps between picks."""
import hmac
import http.cookies
import secrets

SESSION_KEY = b"binwise-dev-session-key"


def new_token(picker):
    nonce = secrets.token_hex(8)
    mac = hmac.new(SESSION_KEY, f"{picker}:{nonce}".encode(), "sha256").hexdigest()[:16]
    return f"{picker}:{nonce}:{mac}"


def valid(token):
    picker, nonce, mac = token.split(":")
    expected = hmac.new(SESSION_KEY, f"{picker}:{nonce}".encode(), "sha256").hexdigest()[:16]
    return hmac.compare_digest(mac, expected)


def session_cookie(picker, station):
    cookie = http.cookies.SimpleCookie()
    cookie[f"{station}_session"] = new_token(picker)
    cookie[f"{station}_session"]["httponly"] = True
    return cookie.output(header="").strip()


def token_from(header):
    cookie = http.cookies.SimpleCookie(header)
    return next(iter(cookie.values())).value
