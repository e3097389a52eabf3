"""The marina's tide almanac, built from the harmonic constituents shipped with it."""
from pathlib import Path

from moorline import tides

HARMONICS = tides.load_harmonics(Path(__file__).parent / "data" / "harmonics.yaml")


def amplitude(name):
    return HARMONICS[name][0]
