"""A framework-free JSON API over the core."""
import importlib
from decimal import Decimal

from . import core


def json_module(settings):
    return importlib.import_module(settings["api"]["json_module"])


def handle(method, path, body=None):
    parts = [part for part in path.split("/") if part]
    if method == "GET" and parts[:1] == ["price"]:
        species, bundles = parts[1], int(parts[2])
        return 200, {"species": species, "price": str(core.price(species, bundles))}
    if method == "GET" and parts == ["species"]:
        return 200, sorted(core.SPECIES)
    if method == "POST" and parts == ["orders"]:
        lines = [(line["species"], int(line["bundles"])) for line in body["lines"]]
        return 201, {"total": str(core.order_total(lines))}
    if method == "GET" and parts == ["health"]:
        return 200, {"ok": True}
    return 404, {"error": "not found"}


def render(settings, status, payload):
    module = json_module(settings)
    return status, module.dumps(payload, default=lambda value: str(value) if isinstance(value, Decimal) else value)
