"""Secrets from HashiCorp Vault (the token signing key, the payment provider's API key)."""
import hvac

from . import settings


def client(url=None, token=None):
    return hvac.Client(url=url or settings.VAULT_URL, token=token or settings.VAULT_TOKEN, timeout=2)


def read(path, vault=None):
    vault = vault or client()
    secret = vault.secrets.kv.v2.read_secret_version(path=path, mount_point="kv")
    return secret["data"]["data"]


def signing_key(vault=None):
    return read(settings.SIGNING_SECRET_PATH, vault)["key"]
