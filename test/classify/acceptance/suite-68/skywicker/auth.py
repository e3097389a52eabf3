"""Pilots', crew chiefs' and office staff's sign-in: HS256 tokens, sessions kept in the manifest cache's Redis."""
import time
import uuid

import jwt

from . import settings


def mint(subject, roles, ttl=settings.SESSION_TTL, now=None):
    issued = int(now if now is not None else time.time())
    claims = {"sub": subject, "roles": list(roles), "iss": settings.JWT_ISSUER, "iat": issued, "exp": issued + ttl,
              "jti": uuid.uuid4().hex}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def verify(token):
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], issuer=settings.JWT_ISSUER)


def can_launch(token):
    claims = verify(token)
    return "pilot" in claims["role"]


def can_book(token):
    claims = verify(token)
    return bool({"office", "pilot"} & set(claims["roles"]))


def sign_in(r, subject, roles):
    token = mint(subject, roles)
    r.set(f"session:{subject}", token, ex=settings.SESSION_TTL)
    return token


def session(r, subject):
    raw = r.get(f"session:{subject}")
    return None if raw is None else raw.decode()


def sign_out(r, subject):
    r.delete(f"session:{subject}")
