"""The shipped depot list (etc/depots.toml), read when the module is imported."""
import pathlib
import tomllib

DEPOTS_FILE = pathlib.Path(__file__).resolve().parent.parent / "etc" / "depots.toml"

with open(DEPOTS_FILE, "rb") as shipped:
    DEPOTS = tomllib.load(shipped)
BAYS = {depot: entry["bays"] for depot, entry in DEPOTS.items()}
