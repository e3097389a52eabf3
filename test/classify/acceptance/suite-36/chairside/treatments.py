"""Treatment plans, read from the shipped catalogue."""
import pathlib
import tomllib

CATALOGUE = tomllib.loads((pathlib.Path(__file__).parent.parent / "etc" / "treatments.toml").read_text())



def minutes_of(procedure):
    return CATALOGUE[procedure]["minutes"]
