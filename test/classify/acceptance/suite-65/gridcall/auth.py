"""Sign-in: the distributor's identity provider (RS256, keys from its JWKS), the control centre's provider, the
partner utility's token endpoint for mutual aid, and the staff directory (LDAP)."""
import json
import socket

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

from gridcall import settings

_jwks = {}


def _signing_key(kid):
    if not _jwks:
        for key in requests.get(f"{settings.IDP_URL}/jwks", timeout=5).json()["keys"]:
            _jwks[key["kid"]] = RSAAlgorithm.from_jwk(json.dumps(key))
    return _jwks[kid]


def password_token(user, password="pw"):
    reply = requests.post(f"{settings.IDP_URL}/token", timeout=5,
                          data={"grant_type": "password", "username": user, "password": password})
    reply.raise_for_status()
    return reply.json()


def claims(token):
    kid = jwt.get_unverified_header(token)["kid"]
    return jwt.decode(token, _signing_key(kid), algorithms=["RS256"], audience="gridcall")


def refresh(refresh_token):
    reply = requests.post(f"{settings.IDP_URL}/token", timeout=5,
                          data={"grant_type": "refresh_token", "refresh_token": refresh_token})
    reply.raise_for_status()
    return reply.json()["access_token"]


def control_centre_claims(user):
    reply = requests.post(f"{settings.CONTROL_IDP_URL}/token", timeout=5, data={"username": user})
    reply.raise_for_status()
    return jwt.decode(reply.json()["access_token"], "control-centre-2026", algorithms=["HS256"],
                      audience="gridcall")


def partner_token(client_id):
    reply = requests.post(settings.PARTNER_TOKEN_URL, timeout=3,
                          data={"grant_type": "client_credentials", "client_id": client_id})
    reply.raise_for_status()
    return reply.json()["access_token"]


def directory():
    return socket.create_connection((settings.LDAP_HOST, settings.LDAP_PORT), timeout=2)


def may_dispatch(token):
    return "dispatcher" in claims(token).get("roles", [])
