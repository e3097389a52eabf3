"""Keg tracker payloads (RFID gates at distributors), sealed with AES-GCM."""
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mashtun import settings


def tracker_key():
    return bytes.fromhex(settings.KEG_TRACKER_KEY)


def open_payload(blob, key=None):
    nonce, sealed = blob[:12], blob[12:]
    return AESGCM(key or tracker_key()).decrypt(nonce, sealed, b"keg-gate")
