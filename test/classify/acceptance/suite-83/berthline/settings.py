import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def load():
    with open(ROOT / "config" / "berthline.yaml", encoding="utf-8") as handle:
        settings = yaml.safe_load(handle)
    settings["idp_url"] = os.environ.get("BERTHLINE_IDP_URL", "http://127.0.0.1:8700")
    settings["cache_addr"] = os.environ.get("BERTHLINE_CACHE_ADDR", "127.0.0.1:6390")
    return settings
