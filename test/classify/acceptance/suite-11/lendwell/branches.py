"""The branch directory, from config/branches.toml."""

import tomllib


def load(path):
    with open(path, "rb") as source:
        return tomllib.load(source)["branches"]
