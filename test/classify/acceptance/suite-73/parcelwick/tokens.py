"""HS256 tokens, signed and verified with the standard library, and the service's client-credentials tokens."""

import base64
import hashlib
import hmac
import json
import time

import requests


class TokenError(Exception):
    pass


class MalformedToken(TokenError):
    pass


class BadSignature(TokenError):
    pass


class UnknownKeyId(TokenError):
    pass


class TokenExpired(TokenError):
    pass


class TokenNotYetValid(TokenError):
    pass


class AudienceMismatch(TokenError):
    pass


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(claims, key, kid, alg="HS256"):
    head = _b64(json.dumps({"alg": alg, "typ": "JWT", "kid": kid}, separators=(",", ":")).encode())
    body = _b64(json.dumps(claims, separators=(",", ":")).encode())
    if alg == "none":
        return f"{head}.{body}."
    sig = hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64(sig)}"


def verify(token, keys, audience=None, leeway=30, now=None):
    try:
        head, body, sig = token.split(".")
        header = json.loads(_unb64(head))
        claims = json.loads(_unb64(body))
    except ValueError as exc:
        raise MalformedToken(f"not a JWT: {exc}") from exc
    if header.get("alg") != "none":
        kid = header.get("kid")
        if kid not in keys:
            raise UnknownKeyId(f"kid {kid!r} is not among the configured keys {sorted(keys)}")
        expected = hmac.new(keys[kid], f"{head}.{body}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(sig)):
            raise BadSignature("signature does not match the token")
    now = time.time() if now is None else now
    if "nbf" in claims and claims["nbf"] > now + leeway:
        raise TokenNotYetValid(
            f"token not valid before {claims['nbf']}: {claims['nbf'] - now:.0f} s from now (leeway {leeway} s)"
        )
    if claims["exp"] <= now - leeway:
        raise TokenExpired(f"token expired {now - claims['exp']:.0f} s ago (leeway {leeway} s)")
    if audience is not None and claims.get("aud") != audience:
        raise AudienceMismatch(f"token audience {claims.get('aud')!r} is not {audience!r}")
    return claims


def scopes(claims):
    return claims.get("scope", "").split(",")


def bearer(header):
    scheme, _, token = header.partition(" ")
    if scheme != "Bearer":
        raise MalformedToken(f"unsupported authorization scheme {scheme!r}")
    return token.strip()


class TokenClient:
    """Client-credentials tokens from an identity provider, kept until they are needed again."""

    def __init__(self, idp_url, client_id, secret, timeout=2):
        self.idp_url = idp_url
        self.client_id = client_id
        self.secret = secret
        self.timeout = timeout
        self._token = None

    def _fetch(self):
        resp = requests.post(
            f"{self.idp_url}/token",
            data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.secret},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def token(self):
        if self._token is None:
            self._token = self._fetch()
        return self._token["access_token"]
