"""Species' storage notes memoised for the intake screens."""
import functools

NOTES = {"Quercus robur": "do not dry", "Primula vulgaris": "dry to 15% RH"}


@functools.lru_cache(maxsize=256)
def note(species):
    return NOTES.get(species, "")


def set_note(species, text):
    NOTES[species] = text
