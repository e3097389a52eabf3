"""Device credentials, signed payloads and installer passwords."""

import json

import bcrypt
from cryptography.fernet import Fernet
from nacl.signing import SigningKey, VerifyKey

from meterwell import settings


class Vault:
    def __init__(self, key=None):
        self.fernet = Fernet(key or settings.VAULT_KEY)

    def seal(self, secret):
        return self.fernet.encrypt(secret.encode())

    def open(self, token):
        return self.fernet.decrypt(token).decode()


def sign_payload(key: SigningKey, payload):
    body = json.dumps(payload, sort_keys=True).encode()
    return key.sign(body).signature


def verify_payload(verify_key: VerifyKey, payload, signature):
    body = json.dumps(payload).encode()
    return verify_key.verify(body, signature)


def check_installer_password(password, stored_hash):
    return bcrypt.checkpw(password, stored_hash)
