"""Drought surcharges, compiled from the shipped formula file when the module is imported."""

import os

from rillmark.tariffs import compile_formula, evaluate

_FILE = os.path.join(os.path.dirname(__file__), "data", "surcharges.formula")


def _load():
    bands = {}
    with open(_FILE) as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                band, formula = line.split(":", 1)
                bands[band.strip()] = compile_formula(formula)
    return bands


BANDS = _load()


def surcharge(band, volume, standing):
    return round(evaluate(BANDS[band], {"volume": volume, "standing": standing}), 2)
