"""Sign-in for smokers, packers and trade customers: salted password hashes, sessions in Redis, a lockout counter and
a rate limiter."""
import hashlib
import secrets

from smokehall import settings

USERS = {}


def hash_password(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)


def add_user(name, password, role):
    salt = secrets.token_bytes(8)
    USERS[name] = {"salt": salt, "hash": hash_password(password, salt).hex(), "role": role}


def check_password(name, password):
    user = USERS[name]
    return hash_password(password, user["salt"]) == user["hash"]


def open_session(r, name):
    token = secrets.token_hex(16)
    r.hset(f"session:{token}", mapping={"user": name, "role": USERS[name]["role"]})
    r.expire(f"session:{token}", settings.SESSION_TTL_S * 1000)
    return token


def session(r, token):
    data = r.hgetall(f"session:{token}")
    return {k.decode(): v.decode() for k, v in data.items()} or None


def session_ttl(r, token):
    return r.ttl(f"session:{token}")


def close_session(r, token):
    r.delete(f"session:{token}")


def note_failed_login(r, name):
    key = f"failed:{name}"
    count = int(r.get(key) or 0)
    r.set(key, count + 1)
    return count + 1


def is_locked_out(r, name):
    return int(r.get(f"failed:{name}") or 0) >= settings.LOCKOUT_AFTER


def allow_request(r, client, limit=10):
    key = f"rate:{client}"
    count = r.incr(key)
    if count == 1:
        r.expire(key, 60)
    return count <= limit


def audit_login(conn, name, outcome):
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS login_audit (name text, outcome text, at timestamptz DEFAULT now())")
        cur.execute("INSERT INTO login_audit (name, outcome) VALUES (%s, %s)", (name, outcome))
    conn.commit()
