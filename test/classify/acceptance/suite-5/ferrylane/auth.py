"""Staff sign-in: LDAP, API tokens, password hashes."""

import hashlib
import time

import jwt
import ldap3

from ferrylane import settings


def bind_staff(user: str, password: str) -> ldap3.Connection:
    server = ldap3.Server(settings.LDAP_URL, connect_timeout=1)
    return ldap3.Connection(server, user=f"uid={user},ou=staff,dc=ferrylane,dc=test", password=password, auto_bind=True)


def issue(subject: str, key: str) -> str:
    now = int(time.time())
    return jwt.encode({"sub": subject, "aud": "ferrylane", "iat": now, "exp": now + 600}, key, algorithm="HS256")


def verify(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["HS256"], audience=settings.TOKEN_AUDIENCE)


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode("ascii"), salt, 1000).hex()
