"""Settings: files under the config folder, secrets and peers from the environment."""
import configparser
import json
import os
from pathlib import Path

import yaml


def config_dir():
    return Path(os.environ.get("LOOMHOUSE_CONFIG", Path(__file__).resolve().parent.parent / "config"))


def load_yaml(name):
    with open(config_dir() / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_ini(name):
    parser = configparser.ConfigParser()
    parser.read(config_dir() / name, encoding="utf-8")
    return parser


def load_json(name):
    with open(config_dir() / name, encoding="utf-8") as handle:
        return json.load(handle)


def service():
    return load_yaml("service.yaml")


def signing_key():
    return os.environ["LOOMHOUSE_SIGNING_KEY"].encode()


def peer_url(name):
    return os.environ[f"LOOMHOUSE_{name.upper()}_URL"]


def spool_dir():
    return Path(os.environ.get("LOOMHOUSE_SPOOL", "/var/spool/loomhouse"))
