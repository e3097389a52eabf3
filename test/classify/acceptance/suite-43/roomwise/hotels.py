"""The shipped hotel list (etc/hotels.json)."""
import json
import pathlib

_FILE = pathlib.Path(__file__).resolve().parent.parent / "etc" / "hotels.json"
HOTELS = json.loads(_FILE.read_text())["hotels"]


def floors(code):
    return next(hotel["floors"] for hotel in HOTELS if hotel["code"] == code)
