"""Settings of the ropewalk service: TOML, INI, YAML and JSON files under config/, and environment variables."""
import configparser
import json
import logging
import os
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"


def service():
    with open(CONFIG / "service.toml", "rb") as handle:
        return tomllib.load(handle)


def databases():
    parser = configparser.ConfigParser()
    parser.read(CONFIG / "db.ini")
    return parser


def caches():
    with open(CONFIG / "cache.yaml") as handle:
        return yaml.safe_load(handle)


def limits():
    with open(CONFIG / "limits.json") as handle:
        return json.load(handle)


def env(name, default=None):
    return os.environ.get(name, default)


def required_env(name):
    return os.environ[name]


def configure_logging():
    level = os.environ.get("ROPEWALK_LOG_LEVEL", service()["service"]["log_level_default"])
    logger = logging.getLogger("ropewalk")
    logger.setLevel(level)
    return logger


def save_state(state):
    """Remember the last applied migration beside the settings."""
    path = CONFIG / ".state.json"
    with open(path, "w") as handle:
        json.dump(state, handle)
    return path


def dry_run():
    return bool(os.environ.get("ROPEWALK_DRY_RUN"))
