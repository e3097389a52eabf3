"""Species: storage behaviour, drying targets and the families the vault holds."""

STORAGE = {
    "Quercus robur": "recalcitrant",
    "Primula vulgaris": "orthodox",
    "Silene dioica": "orthodox",
    "Digitalis purpurea": "orthodox",
    "Fagus sylvatica": "intermediate",
    "Campanula rotundifolia": "orthodox",
}

DRYING_RH = {"orthodox": 15, "intermediate": 30}


def drying_target(species):
    return DRYING_RH[STORAGE[species]]


def can_bank(species):
    return STORAGE.get(species) in ("orthodox", "intermediate")


def binomial(name):
    genus, _, epithet = name.strip().partition(" ")
    return f"{genus.capitalize()} {epithet.lower()}"
