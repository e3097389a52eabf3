"""Students and staff: the university's SSO, API tokens, local passwords for visiting students, roles."""
import hashlib
import time

import jwt
import requests
from email_validator import validate_email

from quadroll import settings

ROLES = {"student": {"enrol"}, "adviser": {"enrol", "override"}, "registrar": {"enrol", "close"}}


def sso_profile(username):
    response = requests.get(f"{settings.SSO_URL}/v1/people/{username}", timeout=2)
    response.raise_for_status()
    return response.json()


def directory_groups(base_url, username):
    response = requests.get(f"{base_url}/v1/groups/{username}", timeout=2,
                            headers={"Authorization": f"Bearer {settings.SERVICE_TOKEN}"})
    response.raise_for_status()
    return response.json()["groups"]


def api_token(student, ttl=3600):
    now = int(time.time())
    return jwt.encode({"sub": student, "iat": now, "exp": now + ttl}, settings.TOKEN_KEY, algorithm="HS256")


def read_token(token, key):
    return jwt.decode(token, key, algorithms=["HS256"])


def hash_password(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, settings.PBKDF2_ROUNDS).hex()


def student_email(first, last):
    address = f"{first.lower()}.{last.lower()}@{settings.STUDENT_DOMAIN}"
    return validate_email(address, check_deliverability=False).email


def can(role, action):
    return action in ROLES.get(role, set())
