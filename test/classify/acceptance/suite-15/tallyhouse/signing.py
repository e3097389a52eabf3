"""Webhook signatures (HMAC), the bank's signed statements (RSA) and the scheme's signed files (ECDSA)."""
import time

import ecdsa
import rsa
from Cryptodome.Hash import HMAC, SHA256

from tallyhouse import settings


def verify_webhook(body, signature_hex):
    mac = HMAC.new(settings.WEBHOOK_SECRET, digestmod=SHA256)
    mac.update(body)
    mac.hexverify(signature_hex)
    return True


def verify_statement(data, signature, public_key):
    return rsa.verify(data, signature, public_key)


def verify_scheme_file(data, signature, verifying_key):
    return verifying_key.verify(signature, data, hashfunc=__import__("hashlib").sha256, sigdecode=ecdsa.util.sigdecode_der)


def check_token(claims, now=None):
    now = time.time() if now is None else now
    if claims["exp"] + settings.TOKEN_LEEWAY < now:
        raise PermissionError(f"token expired {int(now - claims['exp'])} s ago")
    return claims["sub"]
