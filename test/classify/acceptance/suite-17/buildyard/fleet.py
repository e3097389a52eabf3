"""The farm's agent pools, read from the checked-in config/fleet.hcl when the module is imported."""
from pathlib import Path

import hcl

POOLS = hcl.loads((Path(__file__).parent.parent / "config" / "fleet.hcl").read_text())["pool"]


def capacity(label):
    return sum(pool["size"] for pool in POOLS.values() if label in pool["labels"])
