"""Publishing windows per network, from config/publishing.yaml, read when the module is imported."""
from pathlib import Path

from ruamel.yaml import YAML

_PATH = Path(__file__).resolve().parent.parent / "config" / "publishing.yaml"
WINDOWS = YAML(typ="safe").load(_PATH.read_text())


def window(network):
    return WINDOWS["networks"][network]
