"""Settings: config/tidemark.toml, then the environment for peers' URLs and secrets."""
import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(path=None):
    with open(path or ROOT / "config" / "tidemark.toml", "rb") as handle:
        return tomllib.load(handle)


settings = load()


def env(name, default=None):
    return os.environ.get(name, default)


def peer_url(name):
    value = os.environ.get(f"TIDEMARK_{name.upper()}_URL")
    if value is None:
        raise KeyError(f"TIDEMARK_{name.upper()}_URL")
    return value.rstrip("/")
