"""Where rindhall finds its configuration: files under config/, the run's folders under .run/, the environment."""
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
RUN = ROOT / ".run"
CERTS = RUN / "certs"
SPILL = RUN / "spill"
READONLY = RUN / "readonly"
EXPORTS = RUN / "exports"

# The cave's TLS peers, all on this host; their ports come from the runner's environment.
GRADING_HOST = "localhost"
WEIGHBRIDGE_HOST = "weighbridge.rindhall.invalid"
CAVE_ZONE = "Europe/Paris"
LABEL_LOCALE = "fr_FR.UTF-8"


def port(name):
    return int(os.environ[f"RINDHALL_{name}_PORT"])
