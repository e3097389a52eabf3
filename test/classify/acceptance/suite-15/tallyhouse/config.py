"""Scheme configuration, read at import from config/schemes.toml and config/tallyhouse.ini."""
from pathlib import Path

import tomlkit
from configobj import ConfigObj

ROOT = Path(__file__).resolve().parent.parent
SCHEMES = tomlkit.parse((ROOT / "config" / "schemes.toml").read_text())


def fee_bps(scheme):
    return int(SCHEMES["schemes"][scheme]["fee_bps"])


def cutoffs():
    conf = ConfigObj(str(ROOT / "config" / "tallyhouse.ini"))
    return {name: int(section["cutoff_hour"]) for name, section in conf["cutoffs"].items()}
