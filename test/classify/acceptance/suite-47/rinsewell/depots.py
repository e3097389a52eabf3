"""The depots shipped with the service, from etc/depots.yaml."""
import pathlib

import yaml

DEPOTS = yaml.safe_load((pathlib.Path(__file__).resolve().parent.parent / "etc" / "depots.yaml").read_text())
