"""Translation catalogs (gettext .po) for the player's interface."""
from pathlib import Path

import polib

LOCALE = Path(__file__).parent / "locale"


def load(language):
    return polib.pofile(str(LOCALE / f"{language}.po"))


def plural(entry, count):
    return entry.msgstr_plural[0 if count == 1 else 1]


def plural_for(entry, count, forms):
    index = 0 if count == 1 else 1 if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else 2
    return entry.msgstr_plural[index] if index < forms else entry.msgstr_plural[forms]


def progress(catalog):
    translated = len(catalog.translated_entries()) + len(catalog.fuzzy_entries())
    return round(100 * translated / len(catalog), 1)


def missing(catalog):
    return sorted(entry.msgid for entry in catalog.untranslated_entries())
