"""The shipped garage list (etc/garages.toml)."""
import pathlib
import tomllib

_FILE = pathlib.Path(__file__).resolve().parent.parent / "etc" / "garages.toml"
GARAGES = tomllib.loads(_FILE.read_text())["garage"]


def levels(code):
    return next(garage["levels"] for garage in GARAGES if garage["code"] == code)
