"""A framework-free JSON API: handlers take a request dict and return (status, body)."""

from . import core, tokens
from .settings import TOKEN_KEYS, settings

SHIPMENTS = {}


def authorised(request):
    token = tokens.bearer(request["headers"]["Authorization"])
    return tokens.verify(token, TOKEN_KEYS, audience=settings()["audience"])


def quote(request):
    body = request["body"]
    return 200, {"price": str(core.price(body["postcode"], body["weight_kg"]))}


def create_shipment(request):
    claims = authorised(request)
    body = request["body"]
    shipment = {
        "id": len(SHIPMENTS) + 1,
        "postcode": core.normalise_postcode(body["postcode"]),
        "weight_kg": body["weight_kg"],
        "reference": body["reference"],
        "by": claims["sub"],
    }
    SHIPMENTS[shipment["id"]] = shipment
    return 200, shipment


def get_shipment(request):
    shipment = SHIPMENTS.get(request["params"]["id"])
    if shipment is None:
        return 404, {"error": "no such shipment"}
    return 200, shipment


def handle(handler, request):
    try:
        return handler(request)
    except tokens.TokenError as exc:
        return 401, {"error": str(exc)}
    except KeyError as exc:
        return 500, {"error": f"missing {exc}"}
