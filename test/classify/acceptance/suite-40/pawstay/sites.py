"""The shipped kennel sizes of each site (tomllib)."""
import pathlib
import tomllib

SITES = tomllib.loads((pathlib.Path(__file__).parent.parent / "etc" / "kennels.toml").read_text())["site"]
