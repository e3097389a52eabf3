"""The apiaries list shipped with the service."""
import json
import pathlib

FILE = pathlib.Path(__file__).resolve().parent.parent / "etc" / "apiaries.json"


def load():
    return json.loads(FILE.read_text())
