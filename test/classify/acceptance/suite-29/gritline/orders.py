"""Salt orders from the supplier, with the contract's terms read at import."""
import configparser
from pathlib import Path

_terms = configparser.ConfigParser()
_terms.read(Path(__file__).resolve().parent.parent / "config" / "orders.ini")
SUPPLIER = _terms.get("salt", "supplier")
BULK_DISCOUNT = _terms.get("salt", "bulk_discount")
MINIMUM_TONNES = _terms.getint("salt", "minimum_tonnes")


def order(tonnes):
    return {"supplier": SUPPLIER, "tonnes": max(tonnes, MINIMUM_TONNES)}
