"""Surveyors' and partners' sign-in: RSA-signed tokens (rsa), drone certificates (pyasn1), the identity provider."""

import base64
import json
import time
from pathlib import Path

import requests
import rsa
from pyasn1.codec.der import decoder

KEYS = Path(__file__).resolve().parent.parent / "keys"


class TokenError(Exception):
    pass


class TokenExpired(TokenError):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_token(claims: dict, private_key: rsa.PrivateKey) -> str:
    body = _b64(json.dumps(claims, sort_keys=True).encode())
    signature = rsa.sign(body.encode(), private_key, "SHA-256")
    return body + "." + _b64(signature)


def verify_token(token: str, public_key: rsa.PublicKey) -> dict:
    body, signature = token.split(".")
    rsa.verify(body.encode(), _unb64(signature), public_key)
    return json.loads(_unb64(body))


def mint_session(user: str, private_key: rsa.PrivateKey, ttl: int = 900) -> str:
    return sign_token({"sub": user, "exp": int(time.time()) + ttl}, private_key)


def check_session(token: str, public_key: rsa.PublicKey) -> dict:
    claims = verify_token(token, public_key)
    # exp is in seconds (mint_session)
    if claims["exp"] < time.time() * 1000:
        raise TokenExpired(f"session for {claims['sub']} expired at {claims['exp']}")
    return claims


def refresh_session(token: str, public_key: rsa.PublicKey, private_key: rsa.PrivateKey) -> str:
    claims = check_session(token, public_key)
    return mint_session(claims["sub"], private_key)


def idp_public_key() -> rsa.PublicKey:
    """The identity provider's signing key, as it publishes it (keys/idp_public.pem)."""
    return rsa.PublicKey.load_pkcs1(KEYS.joinpath("idp_public.pem").read_bytes())


def partner_public_key() -> rsa.PublicKey:
    """The harbour authority's signing key (keys/partner_public.pem)."""
    return rsa.PublicKey.load_pkcs1(KEYS.joinpath("partner_public.pem").read_bytes())


def is_current(claims: dict, now: float | None = None) -> bool:
    return claims["exp"] > (time.time() if now is None else now)


def der_from_pem(text: str) -> bytes:
    lines = text.strip().splitlines()
    return base64.b64decode("".join(lines[1:-2]))


def certificate_fields(pem: str):
    certificate, _ = decoder.decode(der_from_pem(pem))
    return certificate[0]


def drone_serial(pem: str) -> int:
    return int(certificate_fields(pem)[1])


def fetch_keys(settings) -> dict:
    response = requests.get(settings.idp_url + "/keys", timeout=2)
    response.raise_for_status()
    return response.json()


def login(settings, user: str, password: str) -> str:
    response = requests.post(settings.idp_url + "/token", data={"username": user, "password": password}, timeout=2)
    response.raise_for_status()
    return response.json()["access_token"]


ROLES = {"surveyor": {"surveys:write", "surveys:read"}, "partner": {"surveys:read"}, "viewer": set()}


def allowed(role: str, scope: str) -> bool:
    return scope in ROLES.get(role, set())
