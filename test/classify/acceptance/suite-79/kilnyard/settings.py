"""kilnyard's settings: config/kilnyard.toml and the KILNYARD_* environment variables."""
import os
import pathlib
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load():
    with open(ROOT / "config" / "kilnyard.toml", "rb") as f:
        return tomllib.load(f)


def env(name, default=None):
    return os.environ.get(name, default)


def duration(text):
    """'90s', '5m', '2h' or a number of seconds."""
    if isinstance(text, int):
        return text
    units = {"s": 1, "m": 60, "h": 3600}
    return int(text[:-1]) * units[text[-1]]
