"""The buyers' API as plain handlers: (status, body)."""
from ropewalk import core

ORDERS = {}


def create_order(body):
    order_id = f"R-{len(ORDERS) + 1}"
    ORDERS[order_id] = {"kind": body["kind"], "metres": body["metres"], "diameter_mm": body["diameter_mm"]}
    return 201, {"id": order_id}


def get_order(order_id):
    if order_id not in ORDERS:
        return 404, {"error": "no such order"}
    order = ORDERS[order_id]
    return 200, {"id": order_id, **order, "coils": core.coils(order["metres"])}


def order_load(order_id):
    order = ORDERS[order_id]
    return 200, {"breaking_load_kn": core.breaking_load_kn(order["diameter"], order["kind"])}


def health():
    return 200, {"ok": True}
