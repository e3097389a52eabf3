"""Settings from the files in config/ and the environment."""
import configparser
import json
import os
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
KNOWN_LIMITS = {"retention_days", "max_batch"}


class SettingsError(Exception):
    pass


def service():
    with open(CONFIG / "service.toml", "rb") as handle:
        return tomllib.load(handle)


def auth():
    parser = configparser.ConfigParser()
    parser.read(CONFIG / "auth.ini")
    return parser


def cache(section):
    with open(CONFIG / "cache.yaml") as handle:
        return yaml.safe_load(handle)[section]


def flags():
    return json.loads((CONFIG / "flags.json").read_text())


def limits():
    data = json.loads((CONFIG / "limits.json").read_text())
    for key in data:
        if key not in KNOWN_LIMITS:
            raise SettingsError(f"unknown key in limits.json: {key!r}")
    return data


def env(name):
    return os.environ[name]


def env_int(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return int(value)


def seconds(value):
    return float(value)
