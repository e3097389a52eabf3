"""Reading the shipped configuration files."""

import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def partners():
    with open(os.path.join(ROOT, "config", "partners.json")) as handle:
        return json.load(handle)["partners"]
