"""Recipes: ABV and bitterness from the formulas kept with each recipe, evaluated with simpleeval."""
import json
import math
from pathlib import Path

from simpleeval import simple_eval

RECIPES = json.loads((Path(__file__).parent / "data" / "recipes.json").read_text())

STYLES = {"Helles": "lager", "Dry Stout": "stout", "West Coast IPA": "ipa", "Pale Ale": "ale"}


def abv(name):
    recipe = RECIPES[name]
    return round(simple_eval(recipe["abv"], names={"og": recipe["og"], "fg": recipe["fg"]}), 1)


def ibu(name, volume_l):
    recipe = RECIPES[name]
    total = 0.0
    for hop in recipe["hops"]:
        utilisation = 1.65 * 0.000125 ** (recipe["og"] - 1) * (1 - math.exp(-0.04 * hop["minutes"])) / 4.15
        total += simple_eval("alpha_acid / 100 * grams * 1000 * u / litres",
                             names={"alpha": hop["alpha"], "grams": hop["grams"], "u": utilisation,
                                    "litres": volume_l})
    return round(total)


def family(name):
    return STYLES[RECIPES[name]["style"]]


def attenuation(og, fg):
    return round((og - fg) / (og - 1) * 100, 1)


def scale(name, litres, base_litres=1000):
    factor = litres / base_litres
    return {hop_index: hop["grams"] * factor for hop_index, hop in enumerate(RECIPES[name]["hops"])}
