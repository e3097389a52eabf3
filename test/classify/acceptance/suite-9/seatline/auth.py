"""Customer log-in, access tokens, partner tokens and the identity provider."""

import os
import time
from datetime import datetime, timezone

import bcrypt
import jwt
import requests

from seatline.settings import load

ROLES = {
    "customer": ["tickets:read", "orders:write"],
    "box-office": ["tickets:read", "tickets:write", "orders:write", "refunds:write"],
    "promoter": ["events:read", "events:write", "reports:read"],
    "admin": ["events:read", "events:write", "tickets:read", "tickets:write", "refunds:write", "reports:read"],
}

REVOKED = set()


def hash_password(password, rounds=None):
    rounds = rounds or load().bcrypt_rounds
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=rounds))


def check_password(password, hashed):
    return bcrypt.checkpw(password, hashed)


def issue_token(subject, role, settings=None, ttl=None):
    settings = settings or load()
    now = int(time.time())
    claims = {
        "sub": subject,
        "role": role,
        "scope": " ".join(ROLES[role]),
        "iat": now,
        "exp": now + (ttl if ttl is not None else settings.access_token_ttl),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)


def verify_token(token, settings=None):
    settings = settings or load()
    claims = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
    if claims.get("jti") in REVOKED:
        raise PermissionError("token revoked")
    return claims


def issue_partner_token(partner, settings=None):
    """Tokens for resellers, signed with the partner key (RS256 in production)."""
    settings = settings or load()
    key = os.environ.get("SEATLINE_PARTNER_KEY", settings.jwt_secret)
    return jwt.encode({"sub": partner, "iat": int(time.time())}, key, algorithm=settings.partner_jwt_algorithm)


def has_scope(claims, scope):
    return scope in claims["scope"].split()


class IdentityProvider:
    """Client-credentials log-in at the company's identity provider."""

    def __init__(self, settings=None, session=None):
        self.settings = settings or load()
        self.session = session or requests.Session()

    def client_token(self):
        response = self.session.post(
            f"{self.settings.idp_url}/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.idp_client_id, self.settings.idp_client_secret),
            timeout=self.settings.http_timeout,
        )
        response.raise_for_status()
        return response.json()["access_token"]

    def userinfo(self, token):
        response = self.session.get(
            f"{self.settings.idp_url}/userinfo",
            headers={"Authorization": f"Bearer {token}"},
            timeout=self.settings.http_timeout,
        )
        response.raise_for_status()
        return response.json()


def audit(event, settings=None):
    settings = settings or load()
    stamp = datetime.now(timezone.utc).isoformat()
    with open(settings.audit_log, "a", encoding="utf-8") as log:
        log.write(f"{stamp} {event}\n")
