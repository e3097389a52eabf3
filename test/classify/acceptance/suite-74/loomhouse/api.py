"""A framework-free JSON API over the mill: looms, bolts, orders."""
import json

from loomhouse import core

LOOMS = {"L1": {"width_cm": 140, "pattern": "twill"}, "L2": {"width_cm": 180, "pattern": "satin"}}
ORDERS = {}


def _reply(status, body):
    return status, json.dumps(body)


def handle(method, path, body=None):
    parts = path.strip("/").split("/")
    try:
        if method == "GET" and parts[0] == "looms" and len(parts) == 1:
            return _reply(200, sorted(LOOMS))
        if method == "GET" and parts[0] == "looms":
            if parts[1] not in LOOMS:
                return _reply(404, {"error": f"no loom {parts[1]}"})
            return _reply(200, LOOMS[parts[1]])
        if method == "POST" and parts[0] == "orders":
            order = json.loads(body)
            price = core.bolt_price(order["pattern"], order["metres"])
            ORDERS[order["id"]] = order
            return _reply(201, {"id": order["id"], "price": str(price)})
        if method == "GET" and parts[0] == "orders":
            order = ORDERS[parts[1]]
            return _reply(200, {"id": order["id"], "due": order["due"]})
    except KeyError:
        return _reply(500, {"error": "internal"})
    return _reply(404, {"error": "not found"})
