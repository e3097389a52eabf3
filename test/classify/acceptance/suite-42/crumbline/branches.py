"""The shipped branch list (etc/branches.json)."""
import json
import pathlib

_FILE = pathlib.Path(__file__).resolve().parent.parent / "etc" / "branches.json"
BRANCHES = json.loads(_FILE.read_text())["branches"]


def oven_count(code):
    return next(branch["ovens"] for branch in BRANCHES if branch["code"] == code)
