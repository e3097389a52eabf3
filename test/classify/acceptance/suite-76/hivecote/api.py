"""A small JSON API over the cooperative's stock and orders, framework-free."""
import json

STOCK = {"heather": 120, "clover": 300}
ORDERS = {}


def handle(method, path, body=None):
    try:
        parts = path.strip("/").split("/")
        if method == "GET" and parts[0] == "stock":
            return 200, {"product": parts[1], "jars": STOCK[parts[1]]}
        if method == "POST" and parts[0] == "orders":
            order = json.loads(body)
            ORDERS[order["id"]] = order
            STOCK[order["product"]] -= order["jars"]
            return 201, order
        if method == "GET" and parts[0] == "orders":
            order = ORDERS[parts[1]]
            return 200, {"id": order["id"], "total": order["jars"] * order["unit_price"]}
        return 404, {"error": "no route"}
    except KeyError as error:
        return 500, {"error": f"missing {error}"}
