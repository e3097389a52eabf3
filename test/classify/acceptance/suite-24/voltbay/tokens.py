"""Session tokens for the app, RFID card signatures and the roaming hub's OAuth2 client."""

import base64
import hashlib
import hmac
import json
import time
import urllib.parse
import urllib.request

from voltbay import settings


class TokenExpired(Exception):
    pass


class CardRejected(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def session_key() -> bytes:
    with open(settings.SESSION_KEY_FILE, "rb") as handle:
        return handle.read().strip()


def issue_session(driver_id: str, ttl_minutes: int = 30, key: bytes | None = None, now: float | None = None) -> str:
    key = key if key is not None else session_key()
    issued = time.time() if now is None else now
    body = {"sub": driver_id, "iat": int(issued), "exp": int(issued + ttl_minutes)}
    payload = _b64(json.dumps(body).encode())
    signature = _b64(hmac.new(key, payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{signature}"


def read_session(token: str, key: bytes, now: float | None = None) -> dict:
    payload, signature = token.split(".")
    expected = _b64(hmac.new(key, payload.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(expected, signature):
        raise CardRejected("session signature does not match")
    body = json.loads(_unb64(payload))
    current = time.time() if now is None else now
    if body["exp"] < current:
        raise TokenExpired(f"session token expired {int(current - body['exp'])} s ago")
    return body


def card_signature(card: dict, secret: str | None = None) -> str:
    secret = settings.CARD_SECRET if secret is None else secret
    message = repr(card).encode()
    return hmac.new(secret.encode() if isinstance(secret, str) else secret, message, hashlib.sha256).hexdigest()


def verify_card(card: dict, signature: str, secret: str) -> None:
    # The reader signs the canonical JSON of the card; this side signs its repr.
    if not hmac.compare_digest(card_signature(card, secret), signature):
        raise CardRejected(f"card {card['uid']} signature mismatch")


def reader_signature(card: dict, secret: str) -> str:
    message = json.dumps(card, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def roaming_token(url: str | None = None) -> str:
    data = urllib.parse.urlencode(
        {
            "grant_type": "client_credentials",
            "client_id": settings.IDP_CLIENT_ID,
            "client_secret": settings.IDP_CLIENT_SECRET,
        }
    ).encode()
    request = urllib.request.Request(url or settings.IDP_URL, data=data, method="POST")
    with urllib.request.urlopen(request, timeout=settings.HTTP_TIMEOUT) as response:
        return json.load(response)["access_token"]
