"""Branch opening hours, from the shipped etc/branches.toml."""
import pathlib
import tomllib

BRANCHES = tomllib.loads((pathlib.Path(__file__).parent.parent / "etc" / "branches.toml").read_text())


def opens(branch):
    return BRANCHES[branch]["opens"]
