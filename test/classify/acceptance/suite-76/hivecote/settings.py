import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load():
    with open(ROOT / "config" / "hivecote.json", encoding="utf-8") as handle:
        return json.load(handle)


def peer(name):
    return os.environ.get(f"HIVECOTE_{name.upper()}_URL", "")
