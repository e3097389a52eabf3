import pathlib

import yaml

CONFIG = yaml.safe_load((pathlib.Path(__file__).parents[2] / "etc" / "hedgerow.yaml").read_text())


def test_sites_listed():
    assert set(CONFIG["sites"]) == {"north", "south"}
