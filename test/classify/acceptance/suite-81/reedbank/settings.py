"""Settings from config/reedbank.toml, with the runner's environment over them."""
import os
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load():
    with open(ROOT / "config" / "reedbank.toml", "rb") as handle:
        settings = tomllib.load(handle)
    peers = settings["peers"]
    peers["stock"] = os.environ.get("REEDBANK_STOCK_URL", peers["stock"])
    peers["carrier"] = os.environ.get("REEDBANK_CARRIER_URL", peers["carrier"])
    settings["inbound"] = os.environ.get("REEDBANK_INBOUND", str(ROOT / "var" / "inbound"))
    return settings
