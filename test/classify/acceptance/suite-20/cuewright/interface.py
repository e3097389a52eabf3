"""The player's interface strings, loaded once for every shipped language."""
from . import catalog

CATALOGS = {language: catalog.load(language) for language in ("fr", "pl", "de")}


def label(language, msgid):
    entry = CATALOGS[language].find(msgid)
    return entry.msgstr if entry and entry.msgstr else msgid
