"""The service's HTTP handlers, called with a method, a path and a body."""
from brinewell import core

ORDERS = {}


def handle(method, path, body=None):
    parts = path.strip("/").split("/")
    if method == "GET" and parts == ["grades"]:
        return 200, sorted(core.GRADES)
    if method == "POST" and parts == ["orders"]:
        order_id = f"O-{len(ORDERS) + 1}"
        ORDERS[order_id] = {"grade": body["grade"], "kg": body["kg"]}
        return 201, {"id": order_id}
    if method == "GET" and parts[0] == "orders" and len(parts) == 2:
        order = ORDERS.get(parts[1])
        if order is None:
            return 404, {"error": "no such order"}
        return 200, {"id": parts[1], "price": core.grade_price(order["grade"], order["kilos"])}
    if method == "GET" and parts[0] == "price" and len(parts) == 3:
        return 200, {"price": core.order_price(parts[1], float(parts[2]))}
    return 404, {"error": "not found"}
