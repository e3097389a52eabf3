import time
import jwt
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric import ed25519


def verify_fernet(token, key):
    return Fernet(key).decrypt(token)


def verify_signature(message, signature):
    key = ed25519.Ed25519PrivateKey.generate().public_key()
    key.verify(signature, message)


def decode(token, key, **kwargs):
    return jwt.decode(token, key, algorithms=["HS256"], **kwargs)
