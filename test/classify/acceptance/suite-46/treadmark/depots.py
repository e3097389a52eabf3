"""The shipped depot list (etc/depots.json), read once at import."""
import json
import pathlib

DEPOTS = json.loads((pathlib.Path(__file__).resolve().parent.parent / "etc" / "depots.json").read_text())


def bays(depot):
    return DEPOTS[depot]["bays"]
