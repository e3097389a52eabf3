import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def studio():
    with open(ROOT / "config" / "studio.json") as handle:
        return json.load(handle)


def service_url(name):
    return os.environ.get(f"PONTIL_{name.upper()}_URL", f"http://127.0.0.1:1/{name}")


def listen_port():
    return int(os.environ.get("PONTIL_LISTEN_PORT", "18070"))
