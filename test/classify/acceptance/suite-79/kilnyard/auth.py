"""Sign-in for potters, kiln techs and buyers: HMAC tokens, a lockout counter, PINs, nonces, sessions."""
import datetime
import hashlib
import os
import random
import time
import zoneinfo
from hmac import compare_digest
from hmac import new as hmac_new

from kilnyard import settings

SECRET = os.environ.get("KILNYARD_TOKEN_SECRET", "dev-secret").encode()
MAX_ATTEMPTS = int(os.environ.get("KILNYARD_MAX_ATTEMPTS", "5"))
PASSWORDS = {
    "ines": hashlib.sha256(b"glaze-ines").hexdigest(),
    "oren": hashlib.sha256(b"glaze-oren").hexdigest(),
    "tove": hashlib.sha256(b"glaze-tove").hexdigest(),
    "luca": hashlib.sha256(b"glaze-luca").hexdigest(),
}
_failures = {}


def _sign(text):
    return hmac_new(SECRET, text.encode(), hashlib.sha256).hexdigest()[:32]


def issue(user, ttl=900, now=None):
    expires = int((now if now is not None else time.time()) + ttl)
    payload = f"{user}.{expires}"
    return f"{payload}.{_sign(payload)}"


def verify(token):
    """The user a token names if its signature holds and it has not expired, else None."""
    user, expires, signature = token.rsplit(".", 2)
    if not compare_digest(signature, _sign(f"{user}.{expires}")):
        return None
    if int(expires) <= time.time():
        return None
    return user


def login(user, password):
    """'ok', 'denied', or 'locked' once MAX_ATTEMPTS wrong passwords in a row were given."""
    if _failures.get(user, 0) >= MAX_ATTEMPTS:
        return "locked"
    if compare_digest(hashlib.sha256(password.encode()).hexdigest(), PASSWORDS.get(user, "")):
        return "ok"
    _failures[user] = _failures.get(user, 0) + 1
    return "locked" if _failures[user] >= MAX_ATTEMPTS else "denied"


def new_pin():
    return f"{random.randrange(10000):04d}"


def nonce():
    """A one-time number for a buyer's payment request."""
    return random.Random(int(time.time())).getrandbits(64)


def audit_stamp(ts):
    """An audit line's time, always in UTC: 'YYYY-MM-DD HH:MM UTC'."""
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def session_day(ts):
    """The studio's calendar day (its zone in the settings) a session started on."""
    return datetime.datetime.utcfromtimestamp(ts).date()


def studio_zone():
    return zoneinfo.ZoneInfo(settings.load()["studio"]["zone"])


def new_session(user, ttl):
    return {"user": user, "expires_ms": int((time.time() + ttl) * 1000)}


def session_valid(session):
    return session["expires_ms"] > time.time()


def membership_active(expires, today=None):
    return expires >= (today or datetime.date.today())


def membership_active_text(expires_text):
    """A buyer's membership, its expiry as the studio writes it ('DD/MM/YYYY'), still running today."""
    return expires_text >= datetime.date.today().strftime("%d/%m/%Y")


def partner_signature(body):
    key = os.environ.get("KILNYARD_PARTNER_KEY", "")
    if not key:
        raise ValueError("KILNYARD_PARTNER_KEY is not set: cannot sign requests to the clay supplier")
    return hmac_new(key.encode(), body, hashlib.sha256).hexdigest()


def hash_password(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000).hex()
