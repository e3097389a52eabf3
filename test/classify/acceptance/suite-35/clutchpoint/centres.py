"""Test centres, from the shipped etc/test_centres.toml."""
import os
import tomllib

_HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

with open(os.path.join(_HERE, "etc", "test_centres.toml"), "rb") as _handle:
    CENTRES = tomllib.load(_handle)["centres"]


def slot_minutes(centre):
    return CENTRES[centre]["slot_minutes"]
